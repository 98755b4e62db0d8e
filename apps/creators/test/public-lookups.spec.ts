import {
  AppError,
  CreatorsPlatformUsage,
  CreatorsResourcesSearch,
  CreatorsSyncStart,
  type ResourceMatch,
} from '@tally/contracts';
import { randomUUID } from 'node:crypto';
import { PlatformSuite } from '@tally/creators-data';
import { CreatorsHarness, principalOf } from './creators-harness.js';

/** YouTube's daily quota as customers meet it: public lookups, and syncs they ask for. */
describe('public YouTube lookups and the daily quota', () => {
  let harness: CreatorsHarness;

  beforeAll(async () => {
    harness = await CreatorsHarness.start();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  afterEach(async () => {
    await forget('quota:youtube:*');
    await forget('public-lookup:youtube:*');
  });

  /** Deletes this test's keys: the quota and the cache are shared by every creators process. */
  async function forget(pattern: string): Promise<void> {
    const keys = await harness.redis.keys(`${harness.config.REDIS_KEY_PREFIX}${pattern}`);
    if (keys.length > 0) await harness.redis.del(...keys);
  }

  const quota = () => harness.app.get(PlatformSuite).youtubeQuota;

  const search = async (
    ...resources: { type: 'account' | 'video'; identifier: string }[]
  ): Promise<ResourceMatch[]> =>
    (
      await harness.bus.request(CreatorsResourcesSearch, {
        principal: principalOf(),
        input: { resources: resources.map((item) => ({ platform: 'youtube', ...item })) },
      })
    ).results;

  it('finds a channel that is not connected by handle, @handle and URL, as YouTube shows it', async () => {
    const results = await search(
      { type: 'account', identifier: 'rivertechreviews' },
      { type: 'account', identifier: '@RiverTechReviews' },
      { type: 'account', identifier: 'https://www.youtube.com/@rivertechreviews' },
    );

    for (const result of results) {
      expect(result).toMatchObject({
        platform: 'YOUTUBE',
        type: 'account',
        status: 'found',
        found: true,
        source: 'public',
        account: {
          externalId: expect.stringMatching(/^UC[\w-]{22}$/),
          displayName: 'River Tech Reviews',
          stats: { followers: expect.any(Number), following: null, likes: null },
        },
      });
    }
    const ids = results.map((result) => 'account' in result && result.account.externalId);
    expect(new Set(ids).size).toBe(1);
  });

  it('finds the same channel by its id, and its videos by id and URL', async () => {
    const [byHandle] = await search({ type: 'account', identifier: 'gardenwithjo' });
    if (!byHandle || !('account' in byHandle)) throw new Error('the channel was not found');
    const channelId = byHandle.account.externalId;
    const uploads = byHandle.account.platformData.uploadsPlaylistId;
    expect(uploads).toEqual(expect.any(String));

    const [byId] = await search({ type: 'account', identifier: channelId });
    expect(byId).toMatchObject({ source: 'public', account: { externalId: channelId } });

    const videoId = await firstUploadOf(String(uploads));
    const videos = await search(
      { type: 'video', identifier: videoId },
      { type: 'video', identifier: `https://youtu.be/${videoId}` },
    );
    for (const video of videos) {
      expect(video).toMatchObject({
        type: 'video',
        found: true,
        source: 'public',
        video: {
          externalId: videoId,
          title: expect.any(String),
          views: expect.any(Number),
          duration: expect.any(Number),
          platformData: { channelId },
        },
      });
    }
  });

  it('answers not_found for a channel or video YouTube does not have, or an identifier that names none', async () => {
    const results = await search(
      { type: 'account', identifier: 'nobody-has-this-handle' },
      { type: 'account', identifier: 'https://www.youtube.com/c/legacy-name' },
      { type: 'video', identifier: 'AAAAAAAAAAA' },
      { type: 'video', identifier: 'not a video' },
    );

    expect(results.map((result) => [result.found, 'reason' in result && result.reason])).toEqual([
      [false, 'not_found'],
      [false, 'not_found'],
      [false, 'not_found'],
      [false, 'not_found'],
    ]);
  });

  it('asks YouTube once per channel within PUBLIC_LOOKUP_TTL, counting the unit once', async () => {
    const before = (await quota().status()).used;

    await search({ type: 'account', identifier: 'quietpianist' });
    await search({ type: 'account', identifier: '@QuietPianist' });
    await search({ type: 'account', identifier: 'https://youtube.com/@quietpianist' });

    expect((await quota().status()).used - before).toBe(1);
  });

  it('answers quota_exhausted with when to retry once the day is spent, asking YouTube nothing', async () => {
    await quota().markExhausted();
    const before = (await quota().status()).used;

    const [channel, video] = await search(
      { type: 'account', identifier: 'rivertechreviews' },
      { type: 'video', identifier: 'BBBBBBBBBBB' },
    );

    for (const result of [channel, video]) {
      expect(result).toMatchObject({
        found: false,
        reason: 'quota_exhausted',
        retryAfterSeconds: expect.any(Number),
      });
      expect((result as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(
        25 * 3600,
      );
    }
    expect((await quota().status()).used).toBe(before);
  });

  it('answers a sync asked for a YouTube creator 429 platform_quota_exhausted, with when to retry, once the day is spent', async () => {
    const principal = principalOf();
    const [row] = await harness.db.query(
      `INSERT INTO creators.creators (account_id, platform, external_id, scopes)
       VALUES ($1, 'YOUTUBE', $2, '{}') RETURNING id`,
      [principal.accountId, `UC${randomUUID().replace(/-/g, '').slice(0, 22)}`],
    );
    await quota().markExhausted();

    const failure = await harness.bus
      .request(CreatorsSyncStart, { principal, creatorId: (row as { id: string }).id, waitMs: 0 })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({
      code: 'platform_quota_exhausted',
      status: 429,
      retryAfterSeconds: expect.any(Number),
    });
    const jobs = await harness.queue.getJobs(['waiting', 'prioritized', 'delayed']);
    expect(jobs.filter((job) => job.data.creatorId === (row as { id: string }).id)).toEqual([]);
  });

  it("reports each platform's limit, and YouTube's quota as lookups spend it", async () => {
    const before = await harness.bus.request(CreatorsPlatformUsage, { principal: principalOf() });
    await search({ type: 'account', identifier: 'rivertechreviews' });
    const after = await harness.bus.request(CreatorsPlatformUsage, { principal: principalOf() });

    expect(after.platforms.map((usage) => [usage.platform, usage.quota === null])).toEqual([
      ['TIKTOK', true],
      ['INSTAGRAM', true],
      ['YOUTUBE', false],
    ]);
    const youtube = (report: typeof after) => report.platforms[2]!.quota!;
    expect(youtube(after)).toMatchObject({
      unitsPerDay: 10000,
      reserve: 1000,
      used: youtube(before).used + 1,
      remaining: youtube(before).remaining - 1,
    });
    expect(Date.parse(youtube(after).resetsAt)).toBeGreaterThan(Date.now());
    expect(after.platforms[1]!.limit).toBe('200 calls per 1 hour(s) per creator');
  });

  /** The newest upload of a playlist, read from the sandbox's Data API with its server key. */
  async function firstUploadOf(playlistId: string): Promise<string> {
    const url = new URL(`${harness.sandboxUrl}/youtube-api/youtube/v3/playlistItems`);
    url.searchParams.set('part', 'contentDetails');
    url.searchParams.set('playlistId', playlistId);
    url.searchParams.set('maxResults', '1');
    url.searchParams.set('key', harness.config.YOUTUBE_SANDBOX_API_KEY);
    const answer = (await (await fetch(url)).json()) as {
      items: { contentDetails: { videoId: string } }[];
    };
    return answer.items[0]!.contentDetails.videoId;
  }
});
