import { type CreatorSyncJob, SYNC_PRIORITY_BANDS, SyncJobs } from '@tally/contracts';
import { DUE_CREATORS_SQL, DueCreatorsRepository } from '@tally/creators-data';
import { PrivateDatabase, waitFor } from '@tally/testing';
import type { Job } from 'bullmq';
import { loadSyncWorkerConfig } from '../src/config/sync-worker.config.js';
import { SYNC_SCHEDULER_ID } from '../src/schedule/sync-schedule.registrar.js';
import { CreatorsDatabase } from './support/creators-database.js';
import { TestWorker } from './support/test-worker.js';
import { TestSandbox } from './support/platform-sandbox.js';

const HOUR = 3_600_000;

/**
 * The scheduler acts on every connected creator: it runs against a database
 * of this file's own, where every creator is one of its tests'.
 */
describe('sync scheduler', () => {
  let database: PrivateDatabase;
  let sandbox: TestSandbox;
  let db: CreatorsDatabase;
  const workers: TestWorker[] = [];

  beforeAll(async () => {
    database = await PrivateDatabase.create();
    sandbox = await TestSandbox.start();
    const { tokenKeyring } = loadSyncWorkerConfig({ ...process.env, ...sandbox.env });
    db = await CreatorsDatabase.open(tokenKeyring, database.url);
  });

  afterAll(async () => {
    for (const worker of workers.splice(0)) await worker.close();
    await db?.close();
    await database?.drop();
    await sandbox?.close();
  });

  function startWorker(env: Record<string, string>): Promise<TestWorker> {
    return TestWorker.start({ ...sandbox.env, DATABASE_URL: database.url, ...env }).then(
      (worker) => {
        workers.push(worker);
        return worker;
      },
    );
  }

  async function creatorLastSynced(hoursAgo: number | null) {
    const username = await sandbox.addCreator(5);
    const creator = await db.addCreator(username, await sandbox.connect(username));
    const at = hoursAgo === null ? null : new Date(Date.now() - hoursAgo * HOUR);
    await db.setLastSyncedAt(creator.id, at);
    return { ...creator, lastSyncedAt: at };
  }

  // Before any worker runs the scheduler, which would sync these creators meanwhile.
  it('picks the never synced first, then the oldest data, up to the batch', async () => {
    const due = new DueCreatorsRepository(db.dataSource);
    const cutoff = new Date(Date.now() + 1000 * HOUR);
    const older = await creatorLastSynced(30);
    const never = await creatorLastSynced(null);
    const oldest = await creatorLastSynced(40);

    const everyone = await due.due(cutoff, 1000);
    const batch = await due.due(cutoff, 2);

    const ours = [never.id, oldest.id, older.id];
    expect(everyone.map((each) => each.creatorId).filter((id) => ours.includes(id))).toEqual(ours);
    expect(batch).toHaveLength(2);
    expect(batch[0].creatorId).toBe(never.id);
    expect(everyone[0]).toEqual({ creatorId: never.id, accountId: never.accountId });
  });

  it('reads the due creators in order from their index, without sorting every creator', async () => {
    const runner = db.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      // Tables this small are cheaper to scan: ask which index the query can be served from.
      await runner.query('SET LOCAL enable_seqscan = off');
      const [{ 'QUERY PLAN': plan }] = (await runner.query(
        `EXPLAIN (FORMAT JSON) ${DUE_CREATORS_SQL}`,
        [new Date(), 100],
      )) as { 'QUERY PLAN': unknown }[];
      const text = JSON.stringify(plan);

      expect(text).toContain('"Index Name":"creators_due_for_sync_idx"');
      expect(text).not.toContain('"Node Type":"Sort"');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('syncs, at low priority and spread over the period, each connected creator whose data is too old, and none other', async () => {
    const stale = await creatorLastSynced(7);
    const neverSynced = await creatorLastSynced(null);
    const fresh = await creatorLastSynced(1);
    const mustReconnect = await creatorLastSynced(8);
    await db.creators.setStatus(mustReconnect.id, 'reauth_required');
    const startedAt = new Date();

    const env = {
      SYNC_SCHEDULER_ENABLED: 'true',
      SYNC_SCHEDULE_EVERY_MS: '1000',
      SYNC_MAX_AGE: '6h',
    };
    const [worker] = [await startWorker(env), await startWorker(env)];
    const synced = await waitFor(
      () => Promise.all([stale, neverSynced].map((creator) => db.lastSyncedAt(creator.id))),
      (dates) => dates.every((date) => date !== null && date >= startedAt),
      { timeoutMs: 10000, intervalMs: 50 },
    );

    expect(synced.every((date) => date !== null && date >= startedAt)).toBe(true);
    const jobs = await syncJobsOf(worker);
    expect(jobs.get(stale.id)).toHaveLength(1);
    expect(jobs.get(neverSynced.id)).toHaveLength(1);
    for (const job of [...jobs.get(stale.id)!, ...jobs.get(neverSynced.id)!]) {
      expect(job.data).toMatchObject({ trigger: 'scheduled' } satisfies Partial<CreatorSyncJob>);
      expect(job.opts).toMatchObject({ attempts: 5 });
      // Behind people's syncs, ranked within the account.
      expect(job.opts.priority).toBeGreaterThanOrEqual(SYNC_PRIORITY_BANDS.scheduled);
      expect(job.opts.delay ?? 0).toBeLessThan(1000);
    }
    expect(jobs.get(fresh.id)).toBeUndefined();
    expect(jobs.get(mustReconnect.id)).toBeUndefined();
    expect(await db.lastSyncedAt(fresh.id)).toEqual(fresh.lastSyncedAt);
    expect(await db.lastSyncedAt(mustReconnect.id)).toEqual(mustReconnect.lastSyncedAt);
  });

  it('is one scheduler however many workers register it, removed by a worker started without it', async () => {
    const [worker] = workers;

    const schedulers = await worker.queue.getJobSchedulers();
    await startWorker({ SYNC_SCHEDULER_ENABLED: 'false' });

    expect(schedulers).toEqual([
      expect.objectContaining({
        key: SYNC_SCHEDULER_ID,
        name: SyncJobs.scheduleSyncs,
        every: 1000,
      }),
    ]);
    expect(await worker.queue.getJobSchedulersCount()).toBe(0);
  });
});

/** The sync jobs in the queue, whatever their state, by creator. */
async function syncJobsOf(worker: TestWorker): Promise<Map<string, Job[]>> {
  const jobs = await worker.queue.getJobs([
    'completed',
    'failed',
    'active',
    'waiting',
    'prioritized',
    'delayed',
  ]);
  const byCreator = new Map<string, Job[]>();
  for (const job of jobs.filter((each) => each.name === SyncJobs.sync)) {
    const creatorId = (job.data as CreatorSyncJob).creatorId;
    byCreator.set(creatorId, [...(byCreator.get(creatorId) ?? []), job]);
  }
  return byCreator;
}
