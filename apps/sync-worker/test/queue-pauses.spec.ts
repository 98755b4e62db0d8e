import { type CreatorSyncJob, RevokeAuthorizationJob, SyncJobs } from '@tally/contracts';
import { waitFor } from '@tally/testing';
import type { Queue } from 'bullmq';
import { loadSyncWorkerConfig } from '../src/config/sync-worker.config.js';
import { CreatorsDatabase } from './support/creators-database.js';
import { TestWorker } from './support/test-worker.js';
import { TestSandbox } from './support/platform-sandbox.js';

/** Long enough that nothing in a test runs after the pause would have ended. */
const RETRY_AFTER_S = 60;

describe('queues paused apart after a 429', () => {
  let sandbox: TestSandbox;
  let db: CreatorsDatabase;
  const workers: TestWorker[] = [];

  beforeAll(async () => {
    sandbox = await TestSandbox.start();
    const { tokenKeyring } = loadSyncWorkerConfig({ ...process.env, ...sandbox.env });
    db = await CreatorsDatabase.open(tokenKeyring);
  });

  afterEach(() => sandbox.clearFaults());

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.close()));
    await db?.close();
    await sandbox?.close();
  });

  /** A worker on queues of the test's own: a pause lasts beyond the test, and workers sleep through it. */
  async function workerOfOwnQueues(test: string): Promise<TestWorker> {
    const worker = await TestWorker.start({
      ...sandbox.env,
      REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX ?? ''}${test}:`,
    });
    workers.push(worker);
    return worker;
  }

  async function connectedCreator(): Promise<CreatorSyncJob> {
    const username = await sandbox.addCreator(5);
    const creator = await db.addCreator(username, await sandbox.connect(username));
    return { creatorId: creator.id, accountId: creator.accountId, trigger: 'manual' };
  }

  async function pendingRevocation(): Promise<RevokeAuthorizationJob> {
    const tokens = await sandbox.connect(await sandbox.addCreator());
    return { pendingRevocationId: await db.addPendingRevocation(tokens) };
  }

  /**
   * What is left of the queue's pause, 0 when it is not paused. A pause is the
   * limiter's key at its highest count; the workers' own limiter counts too,
   * up to a second after every job, but never that high.
   */
  function pauseLeft(queue: Queue): Promise<number> {
    return queue.getRateLimitTtl(Number.MAX_SAFE_INTEGER);
  }

  function paused(queue: Queue): Promise<number> {
    return waitFor(
      () => pauseLeft(queue),
      (ttl) => ttl > 0,
      { timeoutMs: 10_000, intervalMs: 20 },
    );
  }

  it('keeps revoking while a 429 from TikTok pauses the syncs', async () => {
    const worker = await workerOfOwnQueues('syncs-paused');
    await sandbox.fail('/v2/user/info/', 429, { retryAfterSeconds: RETRY_AFTER_S });
    await worker.queue.add(SyncJobs.sync, await connectedCreator(), { attempts: 3 });
    await paused(worker.queue);
    const revocation = await pendingRevocation();

    const revoked = await worker.run(
      RevokeAuthorizationJob.name,
      revocation,
      { attempts: 1 },
      worker.revocations,
    );

    expect(revoked.returnvalue).toEqual({ ...revocation, outcome: 'revoked' });
    expect(await pauseLeft(worker.queue)).toBeGreaterThan(0);
    expect(await pauseLeft(worker.revocations)).toBe(0);
  });

  it('keeps syncing while a 429 from TikTok pauses the revocations', async () => {
    const worker = await workerOfOwnQueues('revocations-paused');
    await sandbox.fail('/v2/oauth/revoke/', 429, { retryAfterSeconds: RETRY_AFTER_S });
    await worker.revocations.add(RevokeAuthorizationJob.name, await pendingRevocation());
    await paused(worker.revocations);
    const sync = await connectedCreator();

    const synced = await worker.run(SyncJobs.sync, sync, { attempts: 1 });

    expect(await synced.getState()).toBe('completed');
    expect(synced.returnvalue).toMatchObject({ creatorId: sync.creatorId, videos: 5 });
    expect(await pauseLeft(worker.revocations)).toBeGreaterThan(0);
    expect(await pauseLeft(worker.queue)).toBe(0);
  });
});
