import { LegacyRevokeAuthorizationJob, Queues, RevokeAuthorizationJob } from '@tally/contracts';
import type { TikTokTokens } from '@tally/tiktok';
import { randomUUID } from 'node:crypto';
import { CreatorsDatabase } from './support/creators-database.js';
import { TestWorker } from './support/test-worker.js';
import { TestSandbox } from './support/platform-sandbox.js';

describe('revoke-authorization job', () => {
  let sandbox: TestSandbox;
  let worker: TestWorker;
  let db: CreatorsDatabase;

  beforeAll(async () => {
    sandbox = await TestSandbox.start();
    worker = await TestWorker.start(sandbox.env);
    db = await CreatorsDatabase.open(worker.config.tokenKeyring);
  });

  afterEach(() => sandbox.clearFaults());

  afterAll(async () => {
    await worker?.close();
    await db?.close();
    await sandbox?.close();
  });

  function revoke(pendingRevocationId: string, options = {}) {
    const data: RevokeAuthorizationJob = { pendingRevocationId };
    return worker.run(RevokeAuthorizationJob.name, data, options, worker.revocations);
  }

  function expired(tokens: TikTokTokens): TikTokTokens {
    return { ...tokens, accessTokenExpiresAt: new Date(Date.now() - 60_000) };
  }

  async function revokedOpenIds(): Promise<string[]> {
    return (await sandbox.revocations()).map((revocation) => revocation.open_id);
  }

  it('revokes the grant at TikTok and removes the pending revocation', async () => {
    const tokens = await sandbox.connect(await sandbox.addCreator());
    const id = await db.addPendingRevocation(tokens);

    const job = await revoke(id);

    expect(job.returnvalue).toEqual({ pendingRevocationId: id, outcome: 'revoked' });
    expect(await revokedOpenIds()).toContain(tokens.externalUserId);
    expect(await db.pendingRevocation(id)).toBeUndefined();
    await expect(
      sandbox.client.userInfo(tokens.accessToken, ['display_name']),
    ).rejects.toMatchObject({ kind: 'access_token_invalid' });
  });

  it('leaves the grant alone when an account has connected the same creator since', async () => {
    const username = await sandbox.addCreator();
    const tokens = await sandbox.connect(username);
    await db.addCreator(username, await sandbox.connect(username));
    const id = await db.addPendingRevocation(tokens);

    const job = await revoke(id);

    expect(job.returnvalue).toEqual({ pendingRevocationId: id, outcome: 'grant_in_use' });
    expect(await revokedOpenIds()).not.toContain(tokens.externalUserId);
    expect(await db.pendingRevocation(id)).toBeUndefined();
  });

  it('refreshes an expired access token before revoking with it', async () => {
    const tokens = await sandbox.connect(await sandbox.addCreator());
    const id = await db.addPendingRevocation(expired(tokens));
    const refreshesBefore = (await sandbox.calls('/v2/oauth/token/'))['200'] ?? 0;

    const job = await revoke(id);

    expect(job.returnvalue).toEqual({ pendingRevocationId: id, outcome: 'revoked' });
    expect((await sandbox.calls('/v2/oauth/token/'))['200']).toBe(refreshesBefore + 1);
    expect(await revokedOpenIds()).toContain(tokens.externalUserId);
    expect(await db.pendingRevocation(id)).toBeUndefined();
  });

  it('removes the pending revocation when TikTok no longer knows the grant', async () => {
    const tokens = await sandbox.connect(await sandbox.addCreator());
    await sandbox.client.revoke(tokens.accessToken);
    const id = await db.addPendingRevocation(expired(tokens));

    const job = await revoke(id, { attempts: 3 });

    expect(await job.getState()).toBe('completed');
    expect(job.returnvalue).toEqual({ pendingRevocationId: id, outcome: 'grant_gone' });
    expect(await db.pendingRevocation(id)).toBeUndefined();
  });

  it('succeeds when the pending revocation is already gone', async () => {
    const id = randomUUID();

    const job = await revoke(id);

    expect(job.returnvalue).toEqual({ pendingRevocationId: id, outcome: 'already_done' });
  });

  it('records each failure and retries while TikTok is unavailable', async () => {
    const tokens = await sandbox.connect(await sandbox.addCreator());
    const id = await db.addPendingRevocation(tokens);
    await sandbox.fail('/v2/oauth/revoke/', 503, 2);

    const job = await revoke(id, { attempts: 2, backoff: { type: 'fixed', delay: 10 } });

    expect(await job.getState()).toBe('failed');
    expect(job.attemptsMade).toBe(2);
    expect(await db.pendingRevocation(id)).toEqual({
      attempts: 2,
      lastError: expect.stringContaining('/v2/oauth/revoke/'),
    });
    expect(await revokedOpenIds()).not.toContain(tokens.externalUserId);
  });

  it('pauses the revocation queue for TikTok’s Retry-After on a 429, then revokes without spending an attempt', async () => {
    const tokens = await sandbox.connect(await sandbox.addCreator());
    const id = await db.addPendingRevocation(tokens);
    await sandbox.fail('/v2/oauth/revoke/', 429, { retryAfterSeconds: 1 });
    const started = Date.now();

    const job = await revoke(id, { attempts: 1 });

    expect(await job.getState()).toBe('completed');
    expect(job.returnvalue).toEqual({ pendingRevocationId: id, outcome: 'revoked' });
    // Its one attempt is the run that revoked: the 429 spent none.
    expect(job.attemptsStarted).toBe(2);
    expect(job.attemptsMade).toBe(1);
    expect((job.finishedOn as number) - started).toBeGreaterThanOrEqual(1000);
    expect(await revokedOpenIds()).toContain(tokens.externalUserId);
    expect(await worker.metrics()).toMatch(
      /^tally_sync_queue_rate_limit_pauses_total\{[^}]*queue="creator-revocations"[^}]*\} 1$/m,
    );
  });

  it('runs a revocation job left on the creator-sync queue, on the revocation queue', async () => {
    const tokens = await sandbox.connect(await sandbox.addCreator());
    const id = await db.addPendingRevocation(tokens);
    const data: RevokeAuthorizationJob = { pendingRevocationId: id };

    const left = await worker.run(LegacyRevokeAuthorizationJob.name, data);

    expect(await left.getState()).toBe('completed');
    expect(left.returnvalue).toEqual({
      forwardedTo: Queues.creatorRevocations,
      jobId: `creator-sync-${left.id}`,
    });
    const forwarded = await worker.finished(left.returnvalue.jobId, 20000, worker.revocations);
    expect(forwarded.returnvalue).toEqual({ pendingRevocationId: id, outcome: 'revoked' });
    expect(await revokedOpenIds()).toContain(tokens.externalUserId);
    expect(await db.pendingRevocation(id)).toBeUndefined();
  });

  it('revokes on a later attempt once TikTok is back', async () => {
    const tokens = await sandbox.connect(await sandbox.addCreator());
    const id = await db.addPendingRevocation(tokens);
    await sandbox.fail('/v2/oauth/revoke/', 500);

    const job = await revoke(id, { attempts: 3, backoff: { type: 'fixed', delay: 10 } });

    expect(await job.getState()).toBe('completed');
    expect(job.attemptsStarted).toBe(2);
    expect(await revokedOpenIds()).toContain(tokens.externalUserId);
    expect(await db.pendingRevocation(id)).toBeUndefined();
  });
});
