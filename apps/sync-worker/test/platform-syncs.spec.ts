import type { CreatorSyncResult } from '@tally/contracts';
import type { Job } from 'bullmq';
import { PlatformWorld, type StoredCreator } from './support/platform-world.js';

const DAY_S = 24 * 60 * 60;
const DAY_MS = DAY_S * 1000;

const IG_ME = '/instagram-graph/me';
const IG_MEDIA = '/instagram-graph/me/media';
const IG_REFRESH = '/instagram-graph/refresh_access_token';
const GOOGLE_TOKEN = '/google-token/token';
const YT_CHANNELS = '/youtube-api/youtube/v3/channels';
const YT_PLAYLIST_ITEMS = '/youtube-api/youtube/v3/playlistItems';
const YT_VIDEOS = '/youtube-api/youtube/v3/videos';

function resultOf(job: Job): CreatorSyncResult {
  return job.returnvalue as CreatorSyncResult;
}

/** Answers of one status an endpoint gave so far. */
async function answered(world: PlatformWorld, endpoint: string, status: number) {
  return (await world.sandbox.calls(endpoint))[String(status)] ?? 0;
}

/** A line of the worker's /metrics, as a number (0 when the series is absent). */
function metricValue(metrics: string, name: string, labels: Record<string, string>): number {
  const line = metrics
    .split('\n')
    .find(
      (each) =>
        each.startsWith(`${name}{`) &&
        Object.entries(labels).every(([label, value]) => each.includes(`${label}="${value}"`)),
    );
  return line === undefined ? 0 : Number(line.slice(line.lastIndexOf(' ') + 1));
}

/** Two finished jobs whose runs overlapped. */
function ranTogether(a: Job, b: Job): boolean {
  return (
    (a.processedOn as number) < (b.finishedOn as number) &&
    (b.processedOn as number) < (a.finishedOn as number)
  );
}

describe('Instagram and YouTube syncs', () => {
  let world: PlatformWorld;

  beforeAll(async () => {
    world = await PlatformWorld.start({ name: 'syncs' });
  });

  afterAll(async () => {
    await world?.close();
  });

  describe('Instagram', () => {
    let username: string;
    let creator: StoredCreator;
    let first: Job;
    let mediaPagesOfFirst: number;

    beforeAll(async () => {
      username = await world.sandbox.addInstagramCreator(60);
      creator = await world.connectInstagram(username);
      const before = await answered(world, IG_MEDIA, 200);
      first = await world.sync(creator);
      mediaPagesOfFirst = (await answered(world, IG_MEDIA, 200)) - before;
    });

    it('stores the profile: followers and following, no likes or views for an account', async () => {
      const account = await world.sandbox.platformCreator('instagram', username);

      expect(await first.getState()).toBe('completed');
      const stored = await world.db.creators.findById(creator.id);
      expect(stored).toMatchObject({
        platform: 'INSTAGRAM',
        status: 'connected',
        username,
        displayName: account.name,
        externalId: account.user_id,
        profileUrl: `https://www.instagram.com/${username}/`,
        lastSyncedAt: resultOf(first).syncedAt,
        stats: {
          followers: expect.any(Number),
          following: expect.any(Number),
          likes: null,
          videoCount: 60,
          totalViews: null,
        },
        platformData: { accountType: account.account_type },
      });
      expect(await world.db.snapshotCount(creator.id)).toBe(1);
    });

    it('stores every media of every page, with the counts and words Instagram gives', async () => {
      const expectedIds = await world.sandbox.mediaIds('instagram', username);

      expect(resultOf(first)).toMatchObject({ videos: 60, videosChanged: 60, pages: 3 });
      expect(mediaPagesOfFirst).toBe(3);
      const videos = await world.creators.videos(creator.id);
      expect(videos.map((video) => video.externalId)).toEqual(expectedIds);
      for (const video of videos) {
        expect(video).toMatchObject({
          title: null,
          duration: null,
          shares: null,
          likes: expect.any(Number),
          comments: expect.any(Number),
          shareUrl: expect.stringMatching(/^https:\/\/www\.instagram\.com\/(p|reel)\/[\w-]+\/$/),
          platformData: { mediaType: expect.stringMatching(/^(IMAGE|VIDEO|CAROUSEL_ALBUM)$/) },
        });
      }
      expect(videos.some((video) => video.description !== null)).toBe(true);
      // Views come from each media's insights, which the sandbox does not play (404): not asserted.
    });

    it('stores no like counts for an account that hides them', async () => {
      const hiding = await world.connectInstagram('quiet.reader');

      const job = await world.sync(hiding);

      expect(resultOf(job)).toMatchObject({ videos: 18, videosChanged: 18 });
      const videos = await world.creators.videos(hiding.id);
      expect(videos.map((video) => video.likes)).toEqual(Array(18).fill(null));
      expect(videos.every((video) => video.comments !== null)).toBe(true);
    });

    it('reads only the newest page when nothing changed since the last sync', async () => {
      const pagesBefore = await answered(world, IG_MEDIA, 200);
      const profileReadsBefore = await answered(world, IG_ME, 200);

      const second = await world.sync(creator);

      expect(resultOf(second)).toMatchObject({ videos: 60, videosChanged: 0, pages: 1 });
      expect((await answered(world, IG_MEDIA, 200)) - pagesBefore).toBe(1);
      expect((await answered(world, IG_ME, 200)) - profileReadsBefore).toBe(1);
      expect(await world.db.snapshotCount(creator.id)).toBe(2);
    });
  });

  describe('YouTube', () => {
    let creator: StoredCreator;
    let first: Job;
    let unitsOfFirst: number;
    let quotaUsedBefore: number;

    beforeAll(async () => {
      creator = await world.connectYouTube('rivertechreviews');
      quotaUsedBefore = (await world.quota.quota.status()).used;
      const before = await world.sandbox.dataApiCalls();
      first = await world.sync(creator);
      unitsOfFirst = (await world.sandbox.dataApiCalls()) - before;
    });

    it('stores the channel: subscribers as followers, no following, total views', async () => {
      const channel = await world.sandbox.platformCreator('youtube', 'rivertechreviews');

      expect(await first.getState()).toBe('completed');
      const stored = await world.db.creators.findById(creator.id);
      expect(stored).toMatchObject({
        platform: 'YOUTUBE',
        status: 'connected',
        username: 'rivertechreviews',
        displayName: 'River Tech Reviews',
        bio: 'Honest reviews of the gadgets you actually use.',
        externalId: channel.channel_id,
        profileUrl: `https://www.youtube.com/channel/${String(channel.channel_id)}`,
        stats: {
          followers: expect.any(Number),
          following: null,
          likes: null,
          videoCount: 120,
          totalViews: expect.any(Number),
        },
        platformData: {
          uploadsPlaylistId: channel.uploads_playlist_id,
          hiddenSubscriberCount: false,
        },
      });
      const followers = stored?.stats.followers as number;
      // YouTube rounds subscriber counts to three significant figures.
      expect(Number(followers.toPrecision(3))).toBe(followers);
      expect(stored?.stats.totalViews).toBeGreaterThan(0);
    });

    it('stores every upload with its title, counts, duration and link', async () => {
      const expectedIds = await world.sandbox.mediaIds('youtube', 'rivertechreviews');

      expect(resultOf(first)).toMatchObject({ videos: 120, videosChanged: 120, pages: 3 });
      const videos = await world.creators.videos(creator.id);
      expect(videos.map((video) => video.externalId)).toEqual(expectedIds);
      for (const video of videos) {
        expect(video).toMatchObject({
          title: expect.stringMatching(/, part \d+$/),
          description: expect.any(String),
          views: expect.any(Number),
          shares: null,
          duration: expect.any(Number),
          shareUrl: `https://www.youtube.com/watch?v=${video.externalId}`,
        });
        expect(video.duration).toBeGreaterThan(0);
      }
      // The seeded channel has videos with hidden likes and with comments off: null, not 0.
      expect(videos.some((video) => video.likes === null)).toBe(true);
      expect(videos.some((video) => video.comments === null)).toBe(true);
      expect(videos.filter((video) => video.likes !== null).length).toBeGreaterThan(100);
    });

    it('spends one unit per Data API call of the sync: the channel, then a playlist page and its videos per page', async () => {
      expect(unitsOfFirst).toBe(1 + 3 + 3);
      expect((await world.quota.quota.status()).used - quotaUsedBefore).toBe(unitsOfFirst);
    });

    it('reads only the newest page when nothing changed, for three units', async () => {
      const callsBefore = await world.sandbox.dataApiCalls();
      const playlistPagesBefore = await answered(world, YT_PLAYLIST_ITEMS, 200);
      const countedBefore = await playlistPagesCounted();

      const second = await world.sync(creator);

      expect(resultOf(second)).toMatchObject({ videos: 120, videosChanged: 0, pages: 1 });
      expect((await world.sandbox.dataApiCalls()) - callsBefore).toBe(3);
      expect((await answered(world, YT_PLAYLIST_ITEMS, 200)) - playlistPagesBefore).toBe(1);
      expect((await playlistPagesCounted()) - countedBefore).toBe(1);
    });

    /** The worker's count of playlist pages read, at /metrics. */
    async function playlistPagesCounted(): Promise<number> {
      return metricValue(await world.worker.metrics(), 'tally_platform_requests_total', {
        platform: 'YOUTUBE',
        endpoint: '/youtube/v3/playlistItems',
        status: '200',
      });
    }

    it('stores no subscriber count for a channel that hides it', async () => {
      const hidden = await world.connectYouTube('quietpianist');

      const job = await world.sync(hidden);

      expect(resultOf(job)).toMatchObject({ videos: 23, videosChanged: 23, pages: 1 });
      expect(await world.db.creators.findById(hidden.id)).toMatchObject({
        stats: { followers: null, following: null, videoCount: 23 },
        platformData: { hiddenSubscriberCount: true },
      });
    });
  });
});

describe('token refresh on Instagram and Google', () => {
  // Tests here move the sandbox's clock forward (days at a time): each connects a creator of its own after the last move.
  let world: PlatformWorld;

  beforeAll(async () => {
    world = await PlatformWorld.start({ name: 'tokens' });
  });

  afterEach(() => world.sandbox.clearFaults());

  afterAll(async () => {
    await world?.close();
  });

  it('refreshes a long-lived Instagram token within 7 days of its expiry, and stores it', async () => {
    const creator = await world.connectInstagram(
      await world.sandbox.addInstagramCreator(5),
      (t) => ({
        ...t,
        accessTokenExpiresAt: new Date(Date.now() + 6 * DAY_MS),
      }),
    );
    // 54 of its 60 days have passed at Instagram too: old enough to refresh, not expired.
    await world.sandbox.advanceClock(54 * DAY_S);
    const refreshesBefore = await answered(world, IG_REFRESH, 200);

    const job = await world.sync(creator);

    expect(await job.getState()).toBe('completed');
    expect(resultOf(job)).toMatchObject({ videos: 5 });
    expect((await answered(world, IG_REFRESH, 200)) - refreshesBefore).toBe(1);
    const stored = await world.db.tokens.load(creator.id);
    expect(stored?.accessToken).not.toBe(creator.tokens.accessToken);
    expect(stored?.refreshToken).toBeNull();
    expect(stored?.accessTokenExpiresAt.getTime()).toBeGreaterThan(Date.now() + 59 * DAY_MS);
  });

  it('leaves an Instagram token with more than 7 days left as it is', async () => {
    const creator = await world.connectInstagram(
      await world.sandbox.addInstagramCreator(5),
      (t) => ({
        ...t,
        accessTokenExpiresAt: new Date(Date.now() + 8 * DAY_MS),
      }),
    );
    await world.sandbox.advanceClock(2 * DAY_S);
    const refreshesBefore = await world.sandbox.calls(IG_REFRESH);

    const job = await world.sync(creator);

    expect(await job.getState()).toBe('completed');
    expect(await world.sandbox.calls(IG_REFRESH)).toEqual(refreshesBefore);
    expect((await world.db.tokens.load(creator.id))?.accessToken).toBe(creator.tokens.accessToken);
  });

  it('refreshes once and carries on when Instagram answers OAuthException 190 to a token that looked fresh', async () => {
    const creator = await world.connectInstagram(await world.sandbox.addInstagramCreator(5));
    // A day old at Instagram: a token younger than that cannot be refreshed.
    await world.sandbox.advanceClock(2 * DAY_S);
    await world.sandbox.fail(IG_ME, 400, { error: '190' });
    const refusedBefore = await answered(world, IG_ME, 400);
    const refreshesBefore = await answered(world, IG_REFRESH, 200);

    const job = await world.sync(creator, 'connect', { attempts: 3 });

    expect(await job.getState()).toBe('completed');
    expect(job.attemptsMade).toBe(1);
    expect(resultOf(job)).toMatchObject({ videos: 5, videosChanged: 5 });
    expect((await answered(world, IG_ME, 400)) - refusedBefore).toBe(1);
    expect((await answered(world, IG_REFRESH, 200)) - refreshesBefore).toBe(1);
    expect((await world.db.tokens.load(creator.id))?.accessToken).not.toBe(
      creator.tokens.accessToken,
    );
  });

  it('marks the creator reauth_required when Instagram refuses the expired token and its refresh (190/463)', async () => {
    const creator = await world.connectInstagram(await world.sandbox.addInstagramCreator(5));
    // Our copy says 60 days are left; at Instagram they are over.
    await world.sandbox.advanceClock(61 * DAY_S);
    const refusedRefreshesBefore = await answered(world, IG_REFRESH, 400);

    const job = await world.sync(creator, 'connect', {
      attempts: 3,
      backoff: { type: 'fixed', delay: 10 },
    });

    expect(await job.getState()).toBe('failed');
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toMatch(/must connect again/);
    expect((await answered(world, IG_REFRESH, 400)) - refusedRefreshesBefore).toBe(1);
    expect((await world.db.creators.findById(creator.id))?.status).toBe('reauth_required');
    expect(await world.db.syncState(creator.id)).toMatchObject({ status: 'failed' });
  });

  it('refreshes an expired Google access token with the refresh token, which Google keeps', async () => {
    const creator = await world.connectYouTube(await world.sandbox.addYouTubeCreator(5), (t) => ({
      ...t,
      accessTokenExpiresAt: new Date(Date.now() - 60_000),
    }));
    const refreshesBefore = await answered(world, GOOGLE_TOKEN, 200);
    const refusedBefore = await answered(world, YT_CHANNELS, 401);

    const job = await world.sync(creator);

    expect(await job.getState()).toBe('completed');
    expect(resultOf(job)).toMatchObject({ videos: 5 });
    expect((await answered(world, GOOGLE_TOKEN, 200)) - refreshesBefore).toBe(1);
    expect(await answered(world, YT_CHANNELS, 401)).toBe(refusedBefore);
    const stored = await world.db.tokens.load(creator.id);
    expect(stored?.accessToken).not.toBe(creator.tokens.accessToken);
    expect(creator.tokens.refreshToken).toEqual(expect.any(String));
    expect(stored?.refreshToken).toBe(creator.tokens.refreshToken);
    expect(stored?.accessTokenExpiresAt.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
  });

  it('refreshes once and carries on when the Data API answers 401 to an access token Google let expire', async () => {
    const creator = await world.connectYouTube(await world.sandbox.addYouTubeCreator(5));
    await world.sandbox.advanceClock(2 * 60 * 60);
    const refusedBefore = await answered(world, YT_CHANNELS, 401);
    const refreshesBefore = await answered(world, GOOGLE_TOKEN, 200);

    const job = await world.sync(creator, 'connect', { attempts: 3 });

    expect(await job.getState()).toBe('completed');
    expect(job.attemptsMade).toBe(1);
    expect(resultOf(job)).toMatchObject({ videos: 5, videosChanged: 5 });
    expect((await answered(world, YT_CHANNELS, 401)) - refusedBefore).toBe(1);
    expect((await answered(world, GOOGLE_TOKEN, 200)) - refreshesBefore).toBe(1);
  });

  it('marks the creator reauth_required, without retries, when the Google grant was revoked', async () => {
    const creator = await world.connectYouTube(await world.sandbox.addYouTubeCreator(5));
    await world.sandbox.revokeGoogleGrant(creator.tokens.refreshToken as string);
    const refusedRefreshesBefore = await answered(world, GOOGLE_TOKEN, 400);

    const job = await world.sync(creator, 'connect', {
      attempts: 3,
      backoff: { type: 'fixed', delay: 10 },
    });

    expect(await job.getState()).toBe('failed');
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toMatch(/must connect again/);
    expect((await answered(world, GOOGLE_TOKEN, 400)) - refusedRefreshesBefore).toBe(1);
    expect((await world.db.creators.findById(creator.id))?.status).toBe('reauth_required');
  });
});

describe("Google's limit errors", () => {
  let world: PlatformWorld;

  beforeAll(async () => {
    world = await PlatformWorld.start({ name: 'google-limits' });
  });

  afterEach(() => world.sandbox.clearFaults());

  afterAll(async () => {
    await world?.close();
  });

  it('puts the job off without spending an attempt on rateLimitExceeded (403), and it completes later', async () => {
    const creator = await world.connectYouTube(await world.sandbox.addYouTubeCreator(60));
    await world.sandbox.fail(YT_PLAYLIST_ITEMS, 403, { error: 'rateLimitExceeded' });
    const refusalsCountedBefore = await playlistRefusalsCounted();

    const put = await world.sync(creator, 'connect', {
      attempts: 3,
      backoff: { type: 'fixed', delay: 10 },
    });

    expect(await put.getState()).toBe('delayed');
    expect(put.attemptsMade).toBe(0);
    expect(await world.sandbox.calls(YT_PLAYLIST_ITEMS)).toMatchObject({ '403': 1 });
    // A rate limit is not a spent quota: the day's units are still there.
    const quota = await world.quota.quota.status();
    expect(quota.used).toBeLessThan(quota.unitsPerDay);
    expect((await playlistRefusalsCounted()) - refusalsCountedBefore).toBe(1);

    await put.promote();
    const done = await world.settled(put.id as string, ['completed', 'failed']);

    expect(await done.getState()).toBe('completed');
    expect(done.attemptsMade).toBe(1);
    expect(resultOf(done)).toMatchObject({ videos: 60, videosChanged: 60, pages: 2 });
  });

  /** The worker's count of playlist pages refused with 403, at /metrics. */
  async function playlistRefusalsCounted(): Promise<number> {
    return metricValue(await world.worker.metrics(), 'tally_platform_requests_total', {
      platform: 'YOUTUBE',
      endpoint: '/youtube/v3/playlistItems',
      status: '403',
    });
  }

  // Last in this world: it leaves the day's quota spent.
  it('marks the shared quota spent on quotaExceeded, puts the job off until the reset, and spends nothing more', async () => {
    const creator = await world.connectYouTube(await world.sandbox.addYouTubeCreator(120));
    const other = await world.connectYouTube(await world.sandbox.addYouTubeCreator(5));
    // The project's real quota has two units left, whatever our count says.
    const { used } = await world.sandbox.youtubeQuota();
    await world.sandbox.configureYouTube({ dailyQuotaUnits: used + 2 });

    const put = await world.sync(creator, 'connect', { attempts: 3 });

    expect(await put.getState()).toBe('delayed');
    expect(put.attemptsMade).toBe(0);
    expect(await world.sandbox.calls(YT_VIDEOS)).toMatchObject({ '403': 1 });
    const quota = await world.quota.quota.status();
    expect(quota.used).toBe(quota.unitsPerDay);
    expect(quota.remaining).toBe(0);
    const runsAt = await delayedUntil(world, put);
    expect(runsAt).toBeGreaterThanOrEqual(quota.resetsAt.getTime() - 1000);

    // Every worker now stops before calling: neither a scheduled nor a manual sync reaches Google.
    const callsBefore = await world.sandbox.dataApiCalls();
    const scheduled = await world.sync(other, 'scheduled', { attempts: 3 });
    await scheduled.remove();
    const manual = await world.sync(other, 'manual', { attempts: 3 });

    expect(await manual.getState()).toBe('delayed');
    expect(manual.attemptsMade).toBe(0);
    expect(await world.sandbox.dataApiCalls()).toBe(callsBefore);
  });
});

/** When a delayed job is due to run again, in ms since the epoch. */
async function delayedUntil(world: PlatformWorld, job: Job): Promise<number> {
  const fresh = await world.worker.queue.getJob(job.id as string);
  return (fresh?.timestamp ?? 0) + (fresh?.delay ?? 0);
}

describe('the YouTube quota planner', () => {
  const UNITS_PER_DAY = 40;
  const RESERVE = 10;
  /** A full sync of a channel with 120 uploads: the channel, then 3 pages of 2 calls. */
  const FULL_SYNC_UNITS = 7;
  const quotaEnv = {
    YOUTUBE_QUOTA_UNITS_PER_DAY: String(UNITS_PER_DAY),
    YOUTUBE_QUOTA_RESERVE_UNITS: String(RESERVE),
    SYNC_CONCURRENCY: '1',
  };

  describe('with two workers', () => {
    let world: PlatformWorld;

    beforeAll(async () => {
      world = await PlatformWorld.start({ name: 'quota-two', workers: 2, env: quotaEnv });
    });

    afterAll(async () => {
      await world?.close();
    });

    it('spends no more than the day’s units across both workers, and puts off what does not fit', async () => {
      const creators: StoredCreator[] = [];
      for (let index = 0; index < 6; index += 1) {
        creators.push(await world.connectYouTube(await world.sandbox.addYouTubeCreator(120)));
      }
      // Slow enough answers that the two workers' syncs overlap.
      await world.sandbox.configure({ latencyMs: 20 });
      const callsBefore = await world.sandbox.dataApiCalls();

      const queued = await Promise.all(
        creators.map((creator) => world.queue(creator, 'manual', { attempts: 3 })),
      );
      const jobs = await Promise.all(queued.map((job) => world.settled(job.id as string)));

      const states = await Promise.all(jobs.map((job) => job.getState()));
      const completed = states.filter((state) => state === 'completed').length;
      expect(states.every((state) => state === 'completed' || state === 'delayed')).toBe(true);
      // 6 × 7 units asked for, 40 there: at most 5 syncs fit, and the last may be cut by a neighbour.
      expect(completed).toBeGreaterThanOrEqual(4);
      expect(completed).toBeLessThanOrEqual(5);
      expect(
        jobs.filter((_, index) => states[index] === 'delayed').map((j) => j.attemptsMade),
      ).toEqual(Array(6 - completed).fill(0));
      expect((await world.sandbox.dataApiCalls()) - callsBefore).toBe(UNITS_PER_DAY);
      expect((await world.quota.quota.status()).used).toBe(UNITS_PER_DAY);
      expect(completed * FULL_SYNC_UNITS).toBeLessThanOrEqual(UNITS_PER_DAY);
      // One job at a time per worker: syncs that ran at the same time ran on both workers.
      const done = jobs.filter((_, index) => states[index] === 'completed');
      expect(
        done.some((job, index) => done.slice(index + 1).some((o) => ranTogether(job, o))),
      ).toBe(true);
    });
  });

  describe('with one worker and another process spending too', () => {
    let world: PlatformWorld;

    beforeAll(async () => {
      world = await PlatformWorld.start({ name: 'quota-reserve', env: quotaEnv });
    });

    afterAll(async () => {
      await world?.close();
    });

    it('stops scheduled syncs at the reserve and puts them off, while a manual sync spends the reserve', async () => {
      const scheduledCreators: StoredCreator[] = [];
      for (let index = 0; index < 2; index += 1) {
        scheduledCreators.push(
          await world.connectYouTube(await world.sandbox.addYouTubeCreator(120)),
        );
      }
      const manualCreator = await world.connectYouTube(await world.sandbox.addYouTubeCreator(120));
      // Requested work elsewhere (lookups, another worker) spent 27 units earlier today.
      const prefill = UNITS_PER_DAY - RESERVE - 3;
      await expect(world.quota.quota.spend(prefill, 'requested')).resolves.toMatchObject({
        granted: true,
      });
      const callsBefore = await world.sandbox.dataApiCalls();

      const scheduled: Job[] = [];
      for (const creator of scheduledCreators) {
        scheduled.push(await world.sync(creator, 'scheduled', { attempts: 3 }));
      }

      for (const job of scheduled) {
        expect(await job.getState()).toBe('delayed');
        expect(job.attemptsMade).toBe(0);
      }
      const afterScheduled = await world.quota.quota.status();
      expect(afterScheduled.used).toBeLessThanOrEqual(UNITS_PER_DAY - RESERVE);
      expect((await world.sandbox.dataApiCalls()) - callsBefore).toBe(
        afterScheduled.used - prefill,
      );
      expect(afterScheduled.remaining).toBeGreaterThanOrEqual(RESERVE);
      // Scheduled work has nothing left now, not even one unit.
      await expect(world.quota.quota.spend(1, 'scheduled')).resolves.toMatchObject({
        granted: false,
      });
      // Out of the way: a pacing line that moves on would run them again.
      await Promise.all(scheduled.map((job) => job.remove()));

      const manual = await world.sync(manualCreator, 'manual', { attempts: 3 });

      expect(await manual.getState()).toBe('completed');
      expect(resultOf(manual)).toMatchObject({ videos: 120, videosChanged: 120, pages: 3 });
      const afterManual = await world.quota.quota.status();
      expect(afterManual.used).toBe(afterScheduled.used + FULL_SYNC_UNITS);
      expect(afterManual.used).toBeGreaterThan(UNITS_PER_DAY - RESERVE);
      expect(afterManual.used).toBeLessThanOrEqual(UNITS_PER_DAY);
    });
  });
});
