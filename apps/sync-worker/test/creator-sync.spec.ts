import {
  type CreatorReauthRequiredEvent,
  CreatorsEvents,
  type CreatorSyncedEvent,
  type CreatorSyncJob,
  type CreatorSyncResult,
  creatorSyncJobOptions,
  SyncJobs,
} from '@tally/contracts';
import { waitFor } from '@tally/testing';
import type { TikTokTokens } from '@tally/tiktok';
import { randomUUID } from 'node:crypto';
import { BusEvents } from './support/bus-events.js';
import { CreatorsDatabase } from './support/creators-database.js';
import { TestWorker } from './support/test-worker.js';
import { TestSandbox } from './support/platform-sandbox.js';

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
      pages: 7,
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
        platform: 'TIKTOK',
        username: 'leo.lifts',
        requestedBy: null,
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
      platform: 'TIKTOK',
      username: expect.any(String),
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

  describe('incremental sync', () => {
    it('reads only the newest page when it holds nothing new, and every page when asked for a full sync', async () => {
      const creator = await connected(await sandbox.addCreator(60));
      const first = await sync(creator);
      const listedBefore = (await sandbox.calls('/v2/video/list/'))['200'] ?? 0;

      const second = await sync(creator);
      const listedBySecond = ((await sandbox.calls('/v2/video/list/'))['200'] ?? 0) - listedBefore;
      const full = await worker.run(
        SyncJobs.sync,
        { ...syncJob(creator), full: true },
        { deduplication: { id: creator.id } },
      );

      const everyPage = (first.returnvalue as CreatorSyncResult).pages;
      expect(everyPage).toBeGreaterThanOrEqual(3);
      expect(first.returnvalue).toMatchObject({ videos: 60, videosChanged: 60 });
      expect(second.returnvalue).toMatchObject({ videos: 60, videosChanged: 0, pages: 1 });
      expect(listedBySecond).toBe(1);
      expect(full.returnvalue).toMatchObject({ videos: 60, videosChanged: 0, pages: everyPage });
    });
  });

  it('runs one sync when the same creator is queued again while its sync is queued or running', async () => {
    const creator = await connected(await sandbox.addCreator(40));
    const data = syncJob(creator);
    const options = creatorSyncJobOptions(data, { attempts: 3 });

    const [first, again] = await Promise.all([
      worker.queue.add(SyncJobs.sync, data, options),
      worker.queue.add(SyncJobs.sync, { ...data, trigger: 'manual' }, options),
    ]);
    const finished = await worker.finished(first.id as string);
    const later = await worker.queue.add(SyncJobs.sync, data, options);
    await worker.finished(later.id as string);

    expect(again.id).toBe(first.id);
    expect(finished.returnvalue).toMatchObject({ videos: 40, videosChanged: 40 });
    expect(later.id).not.toBe(first.id);
    const jobsOfCreator = (await worker.queue.getJobs(['completed'])).filter(
      (job) => job.data.creatorId === creator.id,
    );
    expect(jobsOfCreator.map((job) => job.id).sort()).toEqual([first.id, later.id].sort());
  });

  it('pauses the queue for TikTok’s Retry-After on a 429 and runs the job again without spending an attempt', async () => {
    const creator = await connected(await sandbox.addCreator(30));
    await sandbox.fail('/v2/video/list/', 429, { retryAfterSeconds: 1 });
    const started = Date.now();

    const added = await worker.queue.add(SyncJobs.sync, syncJob(creator), {
      attempts: 3,
      backoff: { type: 'fixed', delay: 10 },
    });
    const pausedFor = await waitFor(
      () => worker.queue.getRateLimitTtl(),
      (ttl) => ttl > 0,
      { timeoutMs: 5000, intervalMs: 10 },
    );
    const job = await worker.finished(added.id as string);

    expect(pausedFor).toBeGreaterThan(0);
    expect(pausedFor).toBeLessThanOrEqual(1000);
    expect(await job.getState()).toBe('completed');
    expect(job.attemptsStarted).toBe(2);
    expect(job.attemptsMade).toBe(1);
    expect((job.finishedOn as number) - started).toBeGreaterThanOrEqual(1000);
    expect(job.returnvalue).toMatchObject({ videos: 30, videosChanged: 30 });
    expect(await sandbox.calls('/v2/video/list/')).toMatchObject({ '429': 1 });
    expect(await worker.metrics()).toMatch(
      /^tally_sync_queue_rate_limit_pauses_total\{[^}]*\} 1$/m,
    );
  });

  it('reports queue depth, job durations and TikTok calls at /metrics', async () => {
    const creator = await connected(await sandbox.addCreator(5));
    await sync(creator);

    const metrics = await worker.metrics();

    expect(metrics).toMatch(/^tally_sync_queue_jobs\{[^}]*state="completed"[^}]*\} [1-9]\d*$/m);
    expect(metrics).toMatch(/^tally_sync_queue_jobs\{[^}]*state="waiting"[^}]*\} \d+$/m);
    expect(metrics).toMatch(
      /^tally_sync_job_duration_seconds_count\{[^}]*job="sync-creator"[^}]*outcome="completed"[^}]*\} [1-9]\d*$/m,
    );
    expect(metrics).toMatch(
      /^tally_platform_requests_total\{[^}]*platform="TIKTOK"[^}]*endpoint="\/v2\/video\/list\/"[^}]*status="200"[^}]*\} [1-9]\d*$/m,
    );
    expect(metrics).toContain('# TYPE tally_platform_limiter_wait_seconds histogram');
  });
});
