import { type CreatorSyncJob, creatorSyncJobOptions, Queues, SyncJobs } from '@tally/contracts';
import { QueueFactory, type QueueHandle } from '@tally/creators-data';
import { waitFor } from '@tally/testing';
import type { Job, Queue } from 'bullmq';
import { loadSyncWorkerConfig } from '../src/config/sync-worker.config.js';
import { CreatorsDatabase } from './support/creators-database.js';
import { TestWorker } from './support/test-worker.js';
import { TestSandbox } from './support/platform-sandbox.js';
import { WorkerProcess } from './support/worker-process.js';

/** Locks that expire a second after a worker dies, checked twice a second. */
const QUICK_RECOVERY = { SYNC_LOCK_DURATION_MS: '1000', SYNC_STALLED_INTERVAL_MS: '500' };

// Each test starts worker processes, which takes a while on a busy machine.
jest.setTimeout(120_000);

describe('sync-worker processes', () => {
  let sandbox: TestSandbox;
  let db: CreatorsDatabase;
  let handle: QueueHandle;
  let queue: Queue;
  const started: { dispose(): Promise<void> }[] = [];

  beforeAll(async () => {
    sandbox = await TestSandbox.start();
    const config = loadSyncWorkerConfig({ ...process.env, ...sandbox.env });
    db = await CreatorsDatabase.open(config.tokenKeyring);
    const factory = new QueueFactory({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX });
    handle = factory.queue(Queues.creatorSync);
    queue = handle.queue;
  });

  afterEach(async () => {
    await Promise.all(started.splice(0).map((each) => each.dispose()));
    await sandbox.configure({ latencyMs: 0 });
  });

  afterAll(async () => {
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await handle?.close();
    await db?.close();
    await sandbox?.close();
  });

  async function workerProcess(env: Record<string, string> = {}): Promise<WorkerProcess> {
    const worker = await WorkerProcess.start({ ...sandbox.env, ...env });
    started.push(worker);
    return worker;
  }

  async function workerHere(env: Record<string, string> = {}): Promise<TestWorker> {
    const worker = await TestWorker.start({ ...sandbox.env, ...env });
    started.push({ dispose: () => worker.close() });
    return worker;
  }

  /** A connected creator of the test's own with `videos` videos, and its sync as the API would queue it. */
  async function creatorWith(videos: number) {
    const username = await sandbox.addCreator(videos);
    const creator = await db.addCreator(username, await sandbox.connect(username));
    const data: CreatorSyncJob = {
      creatorId: creator.id,
      accountId: creator.accountId,
      trigger: 'manual',
    };
    return { ...creator, username, data };
  }

  function queueSync(data: CreatorSyncJob): Promise<Job> {
    return queue.add(SyncJobs.sync, data, creatorSyncJobOptions(data, { attempts: 3 }));
  }

  /** Until the job runs and has stored some videos: well inside its sync. */
  async function midway(creatorId: string, jobId: string): Promise<void> {
    await waitFor(
      async () =>
        (await queue.getJobState(jobId)) === 'active' && (await db.videoRows(creatorId)).rows >= 20,
      Boolean,
      { timeoutMs: 10000, intervalMs: 20 },
    );
  }

  it('finishes the sync of a worker killed mid-job on another worker, storing every video once', async () => {
    // Slow pages: the job is still far from done however late the kill comes on a busy machine.
    await sandbox.configure({ latencyMs: 400 });
    const creator = await creatorWith(200);
    const killed = await workerProcess({ ...QUICK_RECOVERY, SYNC_CONCURRENCY: '1' });
    const added = await queueSync(creator.data);
    await midway(creator.id, added.id as string);

    killed.kill('SIGKILL');
    await killed.exited();
    const storedBeforeKill = (await db.videoRows(creator.id)).rows;
    await sandbox.configure({ latencyMs: 0 });
    const survivor = await workerHere(QUICK_RECOVERY);
    const job = await survivor.finished(added.id as string);

    expect(storedBeforeKill).toBeLessThan(200);
    expect(await job.getState()).toBe('completed');
    expect(job.stalledCounter).toBe(1);
    // Only the completion counts: the killed run spent no attempt.
    expect(job.attemptsMade).toBe(1);
    expect(job.returnvalue).toMatchObject({ videos: 200 });
    expect(await db.videoRows(creator.id)).toEqual({ rows: 200, distinct: 200 });
    expect(new Set(await db.videoIds(creator.id))).toEqual(
      new Set(await sandbox.videoIds(creator.username)),
    );
    expect(await db.syncState(creator.id)).toMatchObject({ status: 'succeeded', videos: 200 });
  });

  it('on SIGTERM takes no new job and lets the running one finish before it exits', async () => {
    await sandbox.configure({ latencyMs: 100 });
    const running = await creatorWith(100);
    const waiting = await creatorWith(5);
    const worker = await workerProcess({ SYNC_CONCURRENCY: '2', SHUTDOWN_TIMEOUT_MS: '10000' });
    const first = await queueSync(running.data);
    await midway(running.id, first.id as string);

    worker.kill('SIGTERM');
    await waitFor(async () => worker.log.includes('SIGTERM received'), Boolean, {
      timeoutMs: 15_000,
      intervalMs: 10,
    });
    const second = await queueSync(waiting.data);
    const exit = await worker.exited();
    const exitedAt = Date.now();

    // Closed in time it ends by the signal itself; with exit code 1 when shutdown overran its time.
    expect(exit).not.toEqual({ code: 1, signal: null });
    expect(worker.log).not.toContain('shutdown timed out');
    const job = await queue.getJob(first.id as string);
    expect(await job?.getState()).toBe('completed');
    expect(job?.finishedOn).toBeLessThan(exitedAt);
    expect(job?.returnvalue).toMatchObject({ videos: 100 });
    expect(await queue.getJobState(second.id as string)).toBe('prioritized');
  });

  it('puts a job still running when the shutdown time is up back in the queue, attempt unspent, for another worker', async () => {
    // Slow pages: the job cannot finish within the second left to it, however busy the machine.
    await sandbox.configure({ latencyMs: 500 });
    const creator = await creatorWith(200);
    const worker = await workerProcess({ SYNC_CONCURRENCY: '1', SHUTDOWN_TIMEOUT_MS: '2000' });
    const added = await queueSync(creator.data);
    await midway(creator.id, added.id as string);

    const stoppedAt = Date.now();
    worker.kill('SIGTERM');
    await worker.exited();
    const stoppedIn = Date.now() - stoppedAt;
    const requeued = await queue.getJob(added.id as string);

    // SHUTDOWN_TIMEOUT_MS, with room for a busy machine: the log and the queue
    // below show that the worker gave the job back rather than finishing it.
    expect(stoppedIn).toBeLessThan(2000 + 2000);
    expect(worker.log).toContain('job still running at shutdown: back in the queue');
    expect(await requeued?.getState()).toBe('prioritized');
    expect(requeued?.attemptsMade).toBe(0);
    expect(requeued?.stalledCounter).toBe(0);
    await sandbox.configure({ latencyMs: 0 });
    const job = await (await workerHere()).finished(added.id as string);
    expect(job.returnvalue).toMatchObject({ videos: 200 });
    expect(await db.videoRows(creator.id)).toEqual({ rows: 200, distinct: 200 });
  });
});
