import { type CreatorSyncJob, type CreatorSyncResult, SyncJobs } from '@tally/contracts';
import type { Job } from 'bullmq';
import { CreatorsDatabase } from './support/creators-database.js';
import { TestWorker } from './support/test-worker.js';
import { TestSandbox } from './support/platform-sandbox.js';

describe('token refresh across workers', () => {
  let sandbox: TestSandbox;
  let workers: TestWorker[];
  let db: CreatorsDatabase;

  beforeAll(async () => {
    sandbox = await TestSandbox.start();
    // One job each: two jobs queued together run on both workers at the same time.
    const env = { ...sandbox.env, SYNC_CONCURRENCY: '1' };
    workers = [await TestWorker.start(env), await TestWorker.start(env)];
    db = await CreatorsDatabase.open(workers[0].config.tokenKeyring);
  });

  afterAll(async () => {
    await Promise.all(workers?.map((worker) => worker.close()) ?? []);
    await db?.close();
    await sandbox?.close();
  });

  it('refreshes a rotating refresh token once when two jobs of one creator start together on two workers, and both sync', async () => {
    const username = await sandbox.addCreator(40);
    const issued = await sandbox.connect(username);
    const creator = await db.addCreator(username, {
      ...issued,
      accessTokenExpiresAt: new Date(Date.now() - 60_000),
    });
    // Slow enough answers that the two jobs overlap from their first call to their last.
    await sandbox.configure({ latencyMs: 50 });
    const refreshesBefore = await sandbox.calls('/v2/oauth/token/');
    const data: CreatorSyncJob = {
      creatorId: creator.id,
      accountId: creator.accountId,
      trigger: 'manual',
    };

    // Two jobs of one creator, as a retry and a new job could be: the producers never queue both.
    const [first, second] = await Promise.all([
      workers[0].queue.add(SyncJobs.sync, data),
      workers[0].queue.add(SyncJobs.sync, data),
    ]);
    const jobs = await Promise.all(
      [first, second].map((job) => workers[0].finished(job.id as string)),
    );

    expect(await Promise.all(jobs.map((job) => job.getState()))).toEqual([
      'completed',
      'completed',
    ]);
    expect(ranTogether(jobs[0], jobs[1])).toBe(true);
    expect(jobs.map((job) => (job.returnvalue as CreatorSyncResult).videos)).toEqual([40, 40]);
    // TikTok answers a refresh with a dead refresh token with HTTP 200 too: one call is one refresh.
    expect((await sandbox.calls('/v2/oauth/token/'))['200']).toBe(
      (refreshesBefore['200'] ?? 0) + 1,
    );
    const stored = await db.tokens.load(creator.id);
    expect(stored?.refreshToken).not.toBe(issued.refreshToken);
    await expect(sandbox.client.refresh(issued.refreshToken)).rejects.toMatchObject({
      kind: 'invalid_grant',
    });
    expect((await db.creators.findById(creator.id))?.status).toBe('connected');
  });
});

function ranTogether(a: Job, b: Job): boolean {
  return (
    (a.processedOn as number) < (b.finishedOn as number) &&
    (b.processedOn as number) < (a.finishedOn as number)
  );
}
