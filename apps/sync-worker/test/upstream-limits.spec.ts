import { type CreatorSyncJob, SyncJobs } from '@tally/contracts';
import { CreatorsDatabase } from './support/creators-database.js';
import { TestWorker } from './support/test-worker.js';
import { TestSandbox } from './support/tiktok-sandbox.js';

const LIMIT = 30;
// UPSTREAM_WINDOW_MS: the limiter's window, a little longer than TikTok's minute.
const WINDOW_S = 62;

describe('TikTok rate limits shared by workers', () => {
  let sandbox: TestSandbox;
  let workers: TestWorker[];
  let db: CreatorsDatabase;

  beforeAll(async () => {
    // TikTok's window slides with its clock: this sandbox's clock runs.
    sandbox = await TestSandbox.start({ realClock: true });
    await sandbox.configure({ rateLimitPerMinute: LIMIT });
    const env = {
      ...sandbox.env,
      TIKTOK_RATE_LIMIT_PER_MINUTE: String(LIMIT),
      SYNC_CONCURRENCY: '3',
      // The jobs still waiting for the window at the end go back to the queue after a second.
      SHUTDOWN_TIMEOUT_MS: '2000',
    };
    workers = [await TestWorker.start(env), await TestWorker.start(env)];
    db = await CreatorsDatabase.open(workers[0].config.tokenKeyring);
  });

  afterAll(async () => {
    await Promise.all(workers?.map((worker) => worker.close()) ?? []);
    await db?.close();
    await sandbox?.close();
  });

  it('paces two workers together to the limit, without a single 429', async () => {
    // Four creators of ten pages each: far more video list calls than the pace lets through.
    const creators = await Promise.all(
      [1, 2, 3, 4].map(async () => {
        const username = await sandbox.addCreator(200);
        return db.addCreator(username, await sandbox.connect(username));
      }),
    );
    const intervalS = WINDOW_S / (LIMIT - 1);

    await Promise.all(
      creators.map((creator) => {
        const data: CreatorSyncJob = {
          creatorId: creator.id,
          accountId: creator.accountId,
          trigger: 'manual',
        };
        return workers[0].queue.add(SyncJobs.sync, data, { deduplication: { id: creator.id } });
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 3 * intervalS * 1000 + 500));

    // Each worker alone would go at this pace: together they share it.
    const listed = await sandbox.calls('/v2/video/list/');
    expect(Object.keys(listed)).toEqual(['200']);
    expect(listed['200']).toBeGreaterThanOrEqual(2);
    expect(listed['200']).toBeLessThanOrEqual(4);
    expect(await sandbox.calls('/v2/user/info/')).toEqual({ '200': 4 });
    expect(await workers[0].queue.getJobCounts('active', 'completed')).toEqual({
      active: 4,
      completed: 0,
    });
    expect(await workers[1].metrics()).toMatch(
      /^tally_tiktok_limiter_waiting\{[^}]*endpoint="\/v2\/video\/list\/"[^}]*\} [1-9]\d*$/m,
    );
  });
});
