import type {
  ConnectStarted,
  CreatorProfile,
  ResourceMatch,
  ResourceSearchResult,
  StartConnectInput,
  VideoView,
} from '@tally/contracts';
import { bearer, createKey, signUp } from '../accounts.js';
import { connectCallbackPath, Platform } from '../platform.js';
import type { OtherSandboxPlatform, SandboxAccount } from '../platform-sandbox.js';
import { ALLOWED_REDIRECT_URL, CreatorsApi, dataOf } from './creators-api.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type OtherPlatform = 'INSTAGRAM' | 'YOUTUBE';

/** What differs between Instagram and YouTube once a creator is synced. */
interface PlatformCase {
  platform: OtherPlatform;
  /** The platform's name on the sandbox's admin routes and in Tally's paths. */
  slug: OtherSandboxPlatform;
  /** Where the sandbox serves the platform's consent page. */
  authorizePath: string;
  expectProfile(profile: CreatorProfile, account: SandboxAccount): void;
  expectVideo(video: VideoView): void;
}

const INSTAGRAM: PlatformCase = {
  platform: 'INSTAGRAM',
  slug: 'instagram',
  authorizePath: '/instagram-auth/oauth/authorize',
  expectProfile(profile, account) {
    expect(profile.username).toBe(account.username);
    expect(profile.platformData).toMatchObject({ accountType: account.account_type });
    expect(profile.stats.followers).toEqual(expect.any(Number));
    expect(profile.stats.videoCount).toBe(account.media_count);
    // Instagram gives no totals of likes or views.
    expect(profile.stats.likes).toBeNull();
    expect(profile.stats.totalViews).toBeNull();
  },
  expectVideo(video) {
    // A post has a caption (the description), never a title or a duration.
    expect(video.title).toBeNull();
    expect(video.duration).toBeNull();
    expect(video.shares).toBeNull();
    expect(video.platformData).toMatchObject({ mediaType: expect.any(String) });
  },
};

const YOUTUBE: PlatformCase = {
  platform: 'YOUTUBE',
  slug: 'youtube',
  authorizePath: '/google-auth/o/oauth2/v2/auth',
  expectProfile(profile, account) {
    expect(profile.externalId).toBe(account.channel_id);
    expect(profile.username).toBe(account.username);
    expect(profile.platformData).toMatchObject({ uploadsPlaylistId: account.uploads_playlist_id });
    expect(profile.stats.totalViews).toEqual(expect.any(Number));
    expect(profile.stats.videoCount).toBe(account.video_count);
    // A channel follows nobody and YouTube gives no total of likes.
    expect(profile.stats.following).toBeNull();
    expect(profile.stats.likes).toBeNull();
  },
  expectVideo(video) {
    expect(video.title).toEqual(expect.any(String));
    expect(video.duration).toEqual(expect.any(Number));
    expect(video.shares).toBeNull();
  },
};

/**
 * Instagram and YouTube creators connected through the gateway's public API
 * with a secret key: the consent (decided with the sandbox's shortcuts), the
 * callback's redirect, the sync worker's first sync and what the API then
 * shows; denials, disconnects and the resource search of creators nobody
 * connected.
 */
describe('connecting Instagram and YouTube creators', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await Platform.start({}, { sandbox: true });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  /** A new account with a secret key, whose allowed redirect URL is ALLOWED_REDIRECT_URL. */
  async function newAccount(): Promise<CreatorsApi> {
    const owner = await signUp(platform);
    const api = new CreatorsApi(platform, bearer((await createKey(platform, owner)).key));
    await api.replaceRedirectUrls([ALLOWED_REDIRECT_URL]);
    return api;
  }

  /** Where the customer's app wants the creator back: below ALLOWED_REDIRECT_URL. */
  const redirectUrlFor = (each: PlatformCase) =>
    `${ALLOWED_REDIRECT_URL}/connected?tab=${each.slug}`;

  async function startConnect(
    api: CreatorsApi,
    each: PlatformCase,
    input: StartConnectInput,
  ): Promise<ConnectStarted> {
    return dataOf(await api.send('POST', `/api/v1/connect/${each.slug}`, input), 201);
  }

  /**
   * Starts a connect, lets the sandbox decide as `login`, and follows the
   * platform's redirect to the gateway's callback; returns where the gateway
   * sends the browser (the customer's redirect URL).
   */
  async function connectThroughConsent(
    api: CreatorsApi,
    each: PlatformCase,
    login: string,
    decision: 'approve' | 'deny',
  ): Promise<URL> {
    const started = await startConnect(api, each, { redirectUrl: redirectUrlFor(each) });
    const authUrl = new URL(started.authUrl);
    expect(authUrl.origin + authUrl.pathname).toBe(`${platform.sandbox.url}${each.authorizePath}`);
    expect(authUrl.searchParams.get('state')).toBe(started.state);
    const callbackUrl = new URL(await platform.sandbox.decide(started.authUrl, login, decision));
    expect(callbackUrl.origin + callbackUrl.pathname).toBe(
      `${platform.gatewayUrl}${connectCallbackPath(each.platform)}`,
    );
    expect(callbackUrl.searchParams.get('state')).toBe(started.state);

    const callback = await fetch(callbackUrl, { redirect: 'manual' });

    expect(callback.status).toBe(302);
    return new URL(callback.headers.get('location') ?? '');
  }

  /** Connects a new sandbox account of the test's own and waits for its first sync. */
  async function connectAndSync(api: CreatorsApi, each: PlatformCase) {
    const account = await platform.sandbox.addAccount(each.slug, 7);
    const back = await connectThroughConsent(api, each, account.username, 'approve');
    const creatorId = back.searchParams.get('creatorId') ?? '';
    const sync = await api.finishedSync(creatorId, 20_000);
    expect(sync).toMatchObject({ status: 'succeeded', error: null });
    return { account, creatorId, back };
  }

  describe.each([INSTAGRAM, YOUTUBE])('$platform', (each) => {
    it('sends the browser back with creatorId and status=connected, then the sync worker syncs the creator', async () => {
      const api = await newAccount();

      const { account, creatorId, back } = await connectAndSync(api, each);

      expect(back.origin + back.pathname).toBe('https://shop.example/creators/connected');
      expect(back.searchParams.get('tab')).toBe(each.slug);
      expect(back.searchParams.get('status')).toBe('connected');
      expect(creatorId).toMatch(UUID);
      const listed = await api.list(`?platform=${each.platform}`);
      expect(listed.items.map((creator) => [creator.id, creator.platform])).toEqual([
        [creatorId, each.platform],
      ]);
      const others = each.platform === 'YOUTUBE' ? 'INSTAGRAM' : 'YOUTUBE';
      expect((await api.list(`?platform=${others}`)).items).toEqual([]);

      const profile = await api.profile(creatorId);
      expect(profile).toMatchObject({
        id: creatorId,
        platform: each.platform,
        status: 'connected',
        lastSyncedAt: expect.any(String),
      });
      each.expectProfile(profile, account);

      const videos = await api.videos(creatorId);
      expect(videos).toHaveLength(7);
      expect(videos.map((video) => video.externalId).sort()).toEqual(
        (await platform.sandbox.mediaIds(each.slug, account.username)).sort(),
      );
      for (const video of videos) each.expectVideo(video);

      const history = await api.statsHistory(creatorId);
      expect(history.items.length).toBeGreaterThanOrEqual(1);
      expect(history.items.at(-1)).toMatchObject({
        followers: profile.stats.followers,
        totalViews: profile.stats.totalViews,
      });
    });

    it('sends the browser back with status=error and error=access_denied when the creator denies, and stores nothing', async () => {
      const api = await newAccount();
      const account = await platform.sandbox.addAccount(each.slug, 1);

      const back = await connectThroughConsent(api, each, account.username, 'deny');

      expect(back.origin + back.pathname).toBe('https://shop.example/creators/connected');
      expect(back.searchParams.get('status')).toBe('error');
      expect(back.searchParams.get('error')).toBe('access_denied');
      expect(back.searchParams.has('creatorId')).toBe(false);
      expect((await api.list()).items).toEqual([]);
    });

    it('disconnects: the creator is gone from the API (and on YouTube, its Google grant is revoked)', async () => {
      const api = await newAccount();
      const { account, creatorId } = await connectAndSync(api, each);
      const googleRevokedBefore = (await platform.sandbox.googleRevocations()).length;

      const response = await api.send('DELETE', `/api/v1/creators/${creatorId}`);

      expect(await dataOf(response)).toEqual({ disconnected: true, revokedUpstream: true });
      const profile = await api.get(`/api/v1/creators/${creatorId}/profile`);
      expect(profile.status).toBe(404);
      expect((await api.list()).items).toEqual([]);
      const googleRevoked = (await platform.sandbox.googleRevocations()).slice(googleRevokedBefore);
      // Instagram has no endpoint that revokes a token: only Google hears of it.
      expect(googleRevoked.map((revocation) => revocation.channel_id)).toEqual(
        each.platform === 'YOUTUBE' ? [account.channel_id] : [],
      );
    });
  });

  describe('looking up accounts nobody connected', () => {
    async function searchOne(
      api: CreatorsApi,
      platformName: string,
      identifier: string,
    ): Promise<ResourceMatch> {
      const found = await dataOf<ResourceSearchResult>(
        await api.send('POST', '/api/v1/resources/search', {
          resources: [{ platform: platformName, type: 'account', identifier }],
        }),
      );
      expect(found.results).toHaveLength(1);
      return found.results[0]!;
    }

    it('finds a YouTube channel publicly by its @handle', async () => {
      const api = await newAccount();
      const channel = await platform.sandbox.addAccount('youtube', 3);

      const match = await searchOne(api, 'youtube', `@${channel.username}`);

      expect(match).toMatchObject({
        platform: 'YOUTUBE',
        identifier: `@${channel.username}`,
        type: 'account',
        found: true,
        source: 'public',
        account: { username: channel.username },
      });
    });

    it('answers not_connected for an Instagram account, which has no public lookup', async () => {
      const api = await newAccount();
      const account = await platform.sandbox.addAccount('instagram', 3);

      const match = await searchOne(api, 'instagram', account.username);

      expect(match).toMatchObject({
        platform: 'INSTAGRAM',
        type: 'account',
        found: false,
        reason: 'not_connected',
      });
    });
  });
});
