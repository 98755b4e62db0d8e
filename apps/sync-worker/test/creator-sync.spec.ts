import {
  type CreatorReauthRequiredEvent,
  CreatorsEvents,
  type CreatorSyncedEvent,
  type CreatorSyncJob,
  type CreatorSyncResult,
  SyncJobs,
} from '@tally/contracts';
import type { TikTokTokens } from '@tally/tiktok';
import { randomUUID } from 'node:crypto';
import { BusEvents } from './support/bus-events.js';
import { CreatorsDatabase } from './support/creators-database.js';
import { TestWorker } from './support/test-worker.js';
import { TestSandbox } from './support/tiktok-sandbox.js';

describe('creator-sync job', () => {
  let sandbox: TestSandbox;
  let worker: TestWorker;
  let db: CreatorsDatabase;
  let bus: BusEvents;

  beforeAll(async () => {
    sandbox = await TestSandbox.start();
    worker = await TestWorker.start(sandbox.env);
    db = await CreatorsDatabase.open(worker.config.tokenKeyring);
    bus = await BusEvents.listen([CreatorsEvents.synced, CreatorsEvents.reauthRequired]);
  });

  afterEach(() => sandbox.clearFaults());

  afterAll(async () => {
    await bus?.close();
    await worker?.close();
    await db?.close();
    await sandbox?.close();
  });

  /** A creator the connect flow just stored: fresh tokens from the sandbox, no videos yet. */
  async function connected(
    username: string,
    adjust: (tokens: TikTokTokens) => TikTokTokens = (t) => t,
  ) {
    const tokens = adjust(await sandbox.connect(username));
    const creator = await db.addCreator(username, tokens);
    return { ...creator, tokens };
  }

  function syncJob(creator: { id: string; accountId: string }): CreatorSyncJob {
    return { creatorId: creator.id, accountId: creator.accountId, trigger: 'connect' };
  }

  function sync(creator: { id: string; accountId: string }, options = {}) {
    return worker.run(SyncJobs.sync, syncJob(creator), {
      deduplication: { id: creator.id },
      ...options,
    });
  }

  it('stores the profile and every video of a creator with several pages', async () => {
    const creator = await connected('sana.sketches');

    const job = await sync(creator);

    const expectedIds = await sandbox.videoIds('sana.sketches');
    const result = job.returnvalue as CreatorSyncResult;
    expect(job.finishedOn).toBeDefined();
    expect(result).toEqual({
      creatorId: creator.id,
      syncedAt: expect.any(String),
      videos: 130,
      videosChanged: 130,
    });
    const storedIds = await db.videoIds(creator.id);
    expect(storedIds).toHaveLength(130);
    expect(new Set(storedIds)).toEqual(new Set(expectedIds));
    expect(storedIds.every((id) => /^\d{19}$/.test(id))).toBe(true);
  });

  it('updates the profile, records a stats snapshot and the sync, and announces it', async () => {
    const creator = await connected('leo.lifts');

    const job = await sync(creator);

    const result = job.returnvalue as CreatorSyncResult;
    const profile = await db.creators.findById(creator.id);
    expect(profile).toMatchObject({
      username: 'leo.lifts',
      displayName: 'Leo Lifts',
      lastSyncedAt: result.syncedAt,
      stats: { videoCount: 64, followers: expect.any(Number) },
    });
    expect(await db.snapshotCount(creator.id)).toBe(1);
    expect(await db.syncState(creator.id)).toEqual({
      jobId: job.id,
      status: 'succeeded',
      videos: 64,
      error: null,
    });
    await expect(bus.about<CreatorSyncedEvent>(CreatorsEvents.synced, creator.id)).resolves.toEqual(
      {
        accountId: creator.accountId,
        creatorId: creator.id,
        syncedAt: result.syncedAt,
        videos: 64,
        videosChanged: 64,
      },
    );
  });

  it('changes no video when the same sync runs again', async () => {
    const creator = await connected('maya.bakes');
    await sync(creator);
    const writesBefore = await db.videoWrites(creator.id);

    const second = await sync(creator);

    expect(second.returnvalue).toMatchObject({ videos: 47, videosChanged: 0 });
    expect(await db.videoWrites(creator.id)).toEqual(writesBefore);
    expect(Object.keys(writesBefore)).toHaveLength(47);
  });

  it('refreshes an expired access token before syncing and stores the new tokens', async () => {
    const creator = await connected('maya.bakes', (tokens) => ({
      ...tokens,
      accessTokenExpiresAt: new Date(Date.now() - 60_000),
    }));

    const job = await sync(creator);

    expect(job.returnvalue).toMatchObject({ videos: 47 });
    const stored = await db.tokens.load(creator.id);
    expect(stored?.accessToken).not.toBe(creator.tokens.accessToken);
    expect(stored?.refreshToken).not.toBe(creator.tokens.refreshToken);
    expect(stored?.accessTokenExpiresAt.getTime()).toBeGreaterThan(Date.now() + 60 * 60_000);
    await expect(sandbox.client.refresh(creator.tokens.refreshToken)).rejects.toMatchObject({
      kind: 'invalid_grant',
    });
  });

  it('refreshes once and carries on when TikTok refuses an access token that looked fresh', async () => {
    const creator = await connected('kofi.codes');
    // TikTok's clock runs ahead: every access token it issued so far has expired there.
    await sandbox.advanceClock(2 * 60 * 60 + 60);
    const refusedBefore = (await sandbox.calls('/v2/user/info/'))['401'] ?? 0;

    const job = await sync(creator);

    expect(job.returnvalue).toMatchObject({ videos: 112, videosChanged: 112 });
    expect((await sandbox.calls('/v2/user/info/'))['401']).toBe(refusedBefore + 1);
    expect((await db.tokens.load(creator.id))?.accessToken).not.toBe(creator.tokens.accessToken);
  });

  it('marks the creator reauth_required and stops, without retries, when the grant is dead', async () => {
    const creator = await connected('ines.travels');
    await sandbox.client.revoke(creator.tokens.accessToken);

    const job = await sync(creator, { attempts: 3, backoff: { type: 'fixed', delay: 10 } });

    expect(job.finishedOn).toBeDefined();
    expect(await job.getState()).toBe('failed');
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toMatch(/must connect again/);
    expect((await db.creators.findById(creator.id))?.status).toBe('reauth_required');
    expect(await db.syncState(creator.id)).toMatchObject({ status: 'failed' });
    await expect(
      bus.about<CreatorReauthRequiredEvent>(CreatorsEvents.reauthRequired, creator.id),
    ).resolves.toEqual({
      accountId: creator.accountId,
      creatorId: creator.id,
      reason: expect.any(String),
    });
  });

  it('retries the job when TikTok answers 500, and completes the sync', async () => {
    const creator = await connected('maya.bakes');
    await sandbox.fail('/v2/video/list/', 500);

    const job = await sync(creator, { attempts: 3, backoff: { type: 'fixed', delay: 10 } });

    expect(await job.getState()).toBe('completed');
    expect(job.attemptsStarted).toBe(2);
    expect(job.returnvalue).toMatchObject({ videos: 47, videosChanged: 47 });
    expect(await sandbox.calls('/v2/video/list/')).toMatchObject({ '500': 1 });
    expect(await db.syncState(creator.id)).toMatchObject({ status: 'succeeded', error: null });
  });

  it('records the sync as failed when TikTok still fails on the last attempt', async () => {
    const creator = await connected('maya.bakes');
    await sandbox.fail('/v2/user/info/', 503, 2);

    const job = await sync(creator, { attempts: 2, backoff: { type: 'fixed', delay: 10 } });

    expect(await job.getState()).toBe('failed');
    expect(job.attemptsMade).toBe(2);
    expect(await db.syncState(creator.id)).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('/v2/user/info/'),
    });
    expect((await db.creators.findById(creator.id))?.status).toBe('connected');
  });

  it('finishes quietly when the creator was deleted before the job ran', async () => {
    const creatorId = randomUUID();

    const job = await worker.run(SyncJobs.sync, {
      creatorId,
      accountId: randomUUID(),
      trigger: 'manual',
    });

    expect(await job.getState()).toBe('completed');
    expect(job.returnvalue).toMatchObject({ creatorId, videos: 0, videosChanged: 0 });
  });

  it('fails a job with malformed data without retrying it', async () => {
    const job = await worker.run(
      SyncJobs.sync,
      { creatorId: 'not-a-uuid', trigger: 'connect' },
      { attempts: 3 },
    );

    expect(await job.getState()).toBe('failed');
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toMatch(/^Invalid data for job "sync-creator": creatorId: /);
  });
});
