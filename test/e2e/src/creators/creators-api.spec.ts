import type { CreatorProfile, Page, ResourceSearchResult, VideoView } from '@tally/contracts';
import { waitFor } from '@tally/testing';
import { bearer, createKey, signUp } from '../accounts.js';
import { Platform } from '../platform.js';
import { CreatorsApi, dataOf } from './creators-api.js';

const TIKTOK_VIDEO_ID = /^\d{19}$/;
const ALLOWED_ORIGIN = 'https://shop.example';

/**
 * The creators API over connected sandbox creators: what the first sync
 * stores, lists, profiles, stats history, manual syncs, disconnecting, bad
 * input, other accounts' creators and publishable keys.
 */
describe('the creators API with the sync worker and the TikTok sandbox', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await Platform.start({}, { tiktok: true });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  async function newAccount(): Promise<CreatorsApi> {
    const owner = await signUp(platform);
    return new CreatorsApi(platform, bearer((await createKey(platform, owner)).key));
  }

  interface ErrorBody {
    success: false;
    error: { code: string; details: Record<string, unknown>[]; requestId: string };
  }

  function expectError(response: Response, body: unknown, status: number, code: string): void {
    expect(response.status).toBe(status);
    expect(body).toMatchObject({
      success: false,
      error: { code, requestId: response.headers.get('x-request-id') },
    });
  }

  it('syncs a new creator by itself: the profile gets its counts and every video is listed once, newest first', async () => {
    const api = await newAccount();
    const creatorId = await api.connect('sana.sketches');

    const profile = await waitFor(
      () => api.profile(creatorId),
      (current) => current.lastSyncedAt !== null,
      { timeoutMs: 10_000, intervalMs: 100 },
    );
    expect(profile.lastSyncedAt).not.toBeNull();
    // TikTok gives every count but a total of views, and nothing of its own.
    const { totalViews, ...counts } = profile.stats;
    for (const count of Object.values(counts)) expect(count).toEqual(expect.any(Number));
    expect(totalViews).toBeNull();
    expect(profile.platformData).toEqual({});

    const pages = await api.videoPages(creatorId, 20);
    expect(pages.map((page) => page.items.length)).toEqual([20, 20, 20, 20, 20, 20, 10]);
    expect(pages.map((page) => page.nextCursor === null)).toEqual([
      ...Array<boolean>(6).fill(false),
      true,
    ]);
    const back = await dataOf<Page<VideoView>>(
      await api.get(
        `/api/v1/creators/${creatorId}/videos?limit=20&cursor=${encodeURIComponent(pages[6].prevCursor ?? '')}`,
      ),
    );
    expect(back.items).toEqual(pages[5].items);
    const videos = pages.flatMap((page) => page.items);
    const ids = videos.map((video) => video.externalId);
    expect(ids).toEqual(await platform.sandbox.videoIds('sana.sketches'));
    expect(new Set(ids).size).toBe(130);
    for (const id of ids) expect(id).toMatch(TIKTOK_VIDEO_ID);
    for (const video of videos) expect(video.platformData).toEqual({});
    const published = videos.map((video) => Date.parse(video.publishedAt ?? ''));
    expect(published).toEqual([...published].sort((a, b) => b - a));
    expect(await api.syncStatus(creatorId)).toMatchObject({
      status: 'succeeded',
      trigger: 'connect',
      videos: 130,
    });
  });

  it("lists the account's creators with filters, and shows the profile and stats history", async () => {
    const api = await newAccount();
    const maya = await api.connectAndSync('maya.bakes', { externalUserId: 'crm-maya' });
    const ines = await api.connectAndSync('ines.travels');
    const mayaOpenId = (await platform.sandbox.creator('maya.bakes')).open_id;
    const ids = (page: Page<{ id: string }>) => page.items.map((creator) => creator.id);

    expect(ids(await api.list())).toEqual([ines, maya]);
    expect(ids(await api.list(`?externalId=${encodeURIComponent(mayaOpenId)}`))).toEqual([maya]);
    expect(ids(await api.list('?externalId=no-such-open-id'))).toEqual([]);
    expect(ids(await api.list('?platform=TIKTOK'))).toEqual([ines, maya]);
    const first = await api.list('?limit=1');
    expect(ids(first)).toEqual([ines]);
    const second = await api.list(`?limit=1&cursor=${encodeURIComponent(first.nextCursor ?? '')}`);
    expect(ids(second)).toEqual([maya]);
    expect(second.nextCursor).toBeNull();

    const profile = await api.profile(maya);
    expect(profile).toMatchObject({
      id: maya,
      platform: 'TIKTOK',
      username: 'maya.bakes',
      externalId: mayaOpenId,
      externalUserId: 'crm-maya',
      status: 'connected',
      displayName: expect.any(String),
      scopes: expect.arrayContaining(['user.info.basic', 'user.info.stats', 'video.list']),
    } satisfies Partial<Record<keyof CreatorProfile, unknown>>);
    expect(profile.lastSyncedAt).not.toBeNull();
    const history = await api.statsHistory(maya);
    expect(history.items.length).toBeGreaterThanOrEqual(1);
    expect(history.items.at(-1)).toMatchObject({
      followers: profile.stats.followers,
      following: profile.stats.following,
      likes: profile.stats.likes,
      videoCount: profile.stats.videoCount,
      totalViews: null,
    });
  });

  it('syncs on demand: 200 with the number of videos, then GET /sync says it succeeded', async () => {
    const api = await newAccount();
    const creatorId = await api.connectAndSync('maya.bakes');
    const firstSync = await api.syncStatus(creatorId);

    const response = await api.send('POST', `/api/v1/creators/${creatorId}/sync`);

    const outcome = await dataOf<{ synced: boolean; syncedAt: string; videos: number }>(response);
    expect(outcome).toEqual({ synced: true, syncedAt: expect.any(String), videos: 47 });
    const sync = await api.syncStatus(creatorId);
    expect(sync).toMatchObject({
      status: 'succeeded',
      trigger: 'manual',
      videos: 47,
      error: null,
      lastSyncedAt: outcome.syncedAt,
    });
    expect(sync.jobId).not.toBe(firstSync.jobId);
    expect((await api.statsHistory(creatorId)).items.length).toBeGreaterThanOrEqual(2);
  });

  it('disconnects: revokes the grant on TikTok, then the creator is gone', async () => {
    const api = await newAccount();
    const creatorId = await api.connectAndSync(await platform.sandbox.addCreator());
    const openId = (await api.profile(creatorId)).externalId;
    const revokedBefore = (await platform.sandbox.revocations()).length;

    const response = await api.send('DELETE', `/api/v1/creators/${creatorId}`);

    expect(await dataOf(response)).toEqual({ disconnected: true, revokedUpstream: true });
    const revocations = (await platform.sandbox.revocations()).slice(revokedBefore);
    expect(revocations.map((revocation) => revocation.open_id)).toEqual([openId]);
    const profile = await api.get(`/api/v1/creators/${creatorId}/profile`);
    expectError(profile, await profile.json(), 404, 'not_found');
    const videos = await api.get(`/api/v1/creators/${creatorId}/videos`);
    expectError(videos, await videos.json(), 404, 'not_found');
    expect((await api.list()).items).toEqual([]);
  });

  it('takes a platform in any case, answers it in uppercase and refuses one it does not know', async () => {
    const api = await newAccount();
    const maya = await api.connect('maya.bakes');
    const lookup = { type: 'account', identifier: 'maya.bakes' };

    for (const platformName of ['tiktok', 'TikTok', 'TIKTOK']) {
      const page = await api.list(`?platform=${platformName}`);
      expect(page.items.map((creator) => [creator.id, creator.platform])).toEqual([
        [maya, 'TIKTOK'],
      ]);
    }
    const search = await dataOf<ResourceSearchResult>(
      await api.send('POST', '/api/v1/resources/search', {
        resources: [
          { ...lookup, platform: 'tiktok' },
          { ...lookup, platform: 'TIKTOK' },
          { ...lookup, identifier: 'nobody.here', platform: 'TikTok' },
        ],
      }),
    );
    expect(search.results.map((result) => [result.platform, result.status])).toEqual([
      ['TIKTOK', 'found'],
      ['TIKTOK', 'found'],
      ['TIKTOK', 'not_found'],
    ]);

    const instagram = await api.get('/api/v1/creators?platform=instagram');
    expect(instagram.status).toBe(200);
    expect(((await instagram.json()) as { data: { items: unknown[] } }).data.items).toEqual([]);
    const myspace = await api.get('/api/v1/creators?platform=myspace');
    const myspaceBody = (await myspace.json()) as ErrorBody;
    expectError(myspace, myspaceBody, 400, 'validation_failed');
    expect(myspaceBody.error.details).toEqual([
      {
        field: 'platform',
        reason: 'platform must be one of: TIKTOK, INSTAGRAM, YOUTUBE (in any letter case)',
      },
    ]);
    const youtubeItem = await api.send('POST', '/api/v1/resources/search', {
      resources: [
        { ...lookup, platform: 'tiktok' },
        { ...lookup, platform: 'youtube' },
      ],
    });
    expect(youtubeItem.status).toBe(200);
    const youtubeBody = (await youtubeItem.json()) as {
      data: { results: { platform: string }[] };
    };
    expect(youtubeBody.data.results.map((result) => result.platform)).toEqual([
      'TIKTOK',
      'YOUTUBE',
    ]);
  });

  it('refuses a tampered cursor and a limit above 100 on /videos with validation_failed', async () => {
    const api = await newAccount();
    const creatorId = await api.connectAndSync('maya.bakes');
    const { nextCursor } = await dataOf<Page<VideoView>>(
      await api.get(`/api/v1/creators/${creatorId}/videos?limit=5`),
    );
    const cursor = nextCursor ?? '';
    const tampered = `${cursor.slice(0, 3)}${cursor[3] === 'A' ? 'B' : 'A'}${cursor.slice(4)}`;

    const badCursor = await api.get(
      `/api/v1/creators/${creatorId}/videos?cursor=${encodeURIComponent(tampered)}`,
    );
    const badLimit = await api.get(`/api/v1/creators/${creatorId}/videos?limit=1000`);

    const cursorBody = (await badCursor.json()) as ErrorBody;
    expectError(badCursor, cursorBody, 400, 'validation_failed');
    expect(cursorBody.error.details).toEqual([expect.objectContaining({ field: 'cursor' })]);
    const limitBody = (await badLimit.json()) as ErrorBody;
    expectError(badLimit, limitBody, 400, 'validation_failed');
    expect(limitBody.error.details).toEqual([expect.objectContaining({ field: 'limit' })]);
  });

  it("answers 404 for another account's creator on every route, and leaves its data alone", async () => {
    const owner = await newAccount();
    const creatorId = await owner.connectAndSync('maya.bakes');
    const syncBefore = await owner.syncStatus(creatorId);
    const revokedBefore = (await platform.sandbox.revocations()).length;
    const stranger = await newAccount();

    for (const [method, path] of [
      ['GET', `/api/v1/creators/${creatorId}/profile`],
      ['GET', `/api/v1/creators/${creatorId}/stats/history`],
      ['GET', `/api/v1/creators/${creatorId}/videos`],
      ['GET', `/api/v1/creators/${creatorId}/sync`],
      ['POST', `/api/v1/creators/${creatorId}/sync`],
      ['DELETE', `/api/v1/creators/${creatorId}`],
    ]) {
      const response = await stranger.send(method, path);
      expectError(response, await response.json(), 404, 'not_found');
    }

    expect((await stranger.list()).items).toEqual([]);
    expect((await owner.profile(creatorId)).status).toBe('connected');
    expect(await owner.videos(creatorId)).toHaveLength(47);
    expect(await owner.syncStatus(creatorId)).toEqual(syncBefore);
    expect(await platform.sandbox.revocations()).toHaveLength(revokedBefore);
  });

  it('lets a publishable key connect a creator and read its profile and videos from its allowed origin, but not list creators', async () => {
    const owner = await signUp(platform);
    const { key } = await createKey(platform, owner, {
      type: 'publishable',
      roles: ['read-only'],
      allowedOrigins: [ALLOWED_ORIGIN],
    });
    const browser = new CreatorsApi(platform, { ...bearer(key), origin: ALLOWED_ORIGIN });

    const creatorId = await browser.connect('ines.travels');

    const profile = await waitFor(
      () => browser.profile(creatorId),
      (current) => current.lastSyncedAt !== null,
      { timeoutMs: 10_000, intervalMs: 100 },
    );
    expect(profile.username).toBe('ines.travels');
    const videos = await browser.get(`/api/v1/creators/${creatorId}/videos?limit=100`);
    expect(videos.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect((await dataOf<Page<VideoView>>(videos)).items).toHaveLength(88);
    const list = await browser.get('/api/v1/creators');
    expectError(list, await list.json(), 403, 'insufficient_scope');
    const elsewhere = await platform.get(`/api/v1/creators/${creatorId}/profile`, {
      ...bearer(key),
      origin: 'https://evil.example',
    });
    expectError(elsewhere, await elsewhere.json(), 403, 'insufficient_scope');
  });
});
