import { type CreatorSyncJob, SyncJobs } from '@tally/contracts';
import { waitFor } from '@tally/testing';
import { CreatorsDatabase } from './support/creators-database.js';
import { TestWorker } from './support/test-worker.js';
import { TestSandbox } from './support/platform-sandbox.js';

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
    // The limiter's pace: one call every interval after a burst of one (2% of 30, at least one).
    const intervalMs = (WINDOW_S * 1000) / (LIMIT - 1);
    const addedAt = Date.now();

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
    // Every creator's profile, and video lists under way: four user info slots take three intervals.
    const seen = await waitFor(
      async () => ({
        info: await sandbox.calls('/v2/user/info/'),
        listed: await sandbox.calls('/v2/video/list/'),
      }),
      ({ info, listed }) => info['200'] === 4 && (listed['200'] ?? 0) >= 2,
      { timeoutMs: 20_000, intervalMs: 100 },
    );
    const elapsed = Date.now() - addedAt;

    expect(seen.info).toEqual({ '200': 4 });
    expect(Object.keys(seen.listed)).toEqual(['200']);
    // Each worker alone would go at this pace: together they share it. A busy
    // machine only makes calls leave later than their slots, never sooner.
    expect(seen.listed['200']).toBeGreaterThanOrEqual(2);
    expect(seen.listed['200']).toBeLessThanOrEqual(1 + Math.floor(elapsed / intervalMs));
    expect(await workers[0].queue.getJobCounts('active', 'completed')).toEqual({
      active: 4,
      completed: 0,
    });
    expect(await workers[1].metrics()).toMatch(
      /^tally_platform_limiter_waiting\{[^}]*platform="TIKTOK"[^}]*limit="\/v2\/video\/list\/"[^}]*\} [1-9]\d*$/m,
    );
  });
});
