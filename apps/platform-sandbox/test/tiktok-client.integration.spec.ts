import type { AddressInfo } from 'node:net';
import { inProcessLock, type PlatformTokens, TokenRefresher } from '@tally/platform-kit';
import {
  paginateVideos,
  TIKTOK_SCOPES,
  TikTokClient,
  TikTokError,
  TikTokProvider,
  type TikTokTokens,
} from '@tally/tiktok';
import type { FastifyInstance } from 'fastify';
import { SandboxClock } from '../src/state/sandbox-clock.js';
import {
  CLIENT_KEY,
  CLIENT_SECRET,
  REDIRECT_URI,
  startSandbox,
} from './support/sandbox-harness.js';

interface SandboxCreatorSummary {
  open_id: string;
  username: string;
  video_count: number;
}

// The real TikTokClient against a listening sandbox, over HTTP, as Tally uses them.
describe('TikTokClient against the sandbox', () => {
  let app: FastifyInstance;
  let baseUrl: string;
  let client: TikTokClient;

  beforeEach(async () => {
    ({ app } = await startSandbox({ autoApprove: true }, new SandboxClock()));
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    client = clientWith(2000);
  });

  afterEach(() => app.close());

  function clientWith(timeoutMs: number): TikTokClient {
    return new TikTokClient({
      authBaseUrl: baseUrl,
      apiBaseUrl: baseUrl,
      clientKey: CLIENT_KEY,
      clientSecret: CLIENT_SECRET,
      timeoutMs,
    });
  }

  async function admin<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  async function creator(username: string): Promise<SandboxCreatorSummary> {
    const { creators } = await admin<{ creators: SandboxCreatorSummary[] }>(
      'GET',
      '/sandbox/creators',
    );
    const found = creators.find((each) => each.username === username);
    if (!found) throw new Error(`no sandbox creator ${username}`);
    return found;
  }

  /** What a browser does: opens the consent page URL and lands on the callback. */
  async function followConsent(sandboxUser: string, state = 'csrf-state'): Promise<URL> {
    const authorizeUrl = new URL(
      client.authorizeUrl({ redirectUri: REDIRECT_URI, state, scopes: [...TIKTOK_SCOPES] }),
    );
    authorizeUrl.searchParams.set('sandbox_user', sandboxUser);
    const response = await fetch(authorizeUrl, { redirect: 'manual' });
    expect(response.status).toBe(302);
    return new URL(response.headers.get('location') ?? '');
  }

  async function connect(sandboxUser = 'maya.bakes'): Promise<TikTokTokens> {
    const callback = await followConsent(sandboxUser);
    return client.exchangeCode(callback.searchParams.get('code') ?? '', REDIRECT_URI);
  }

  async function failureOf(call: Promise<unknown>): Promise<TikTokError> {
    const error = await call.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    if (!(error instanceof TikTokError))
      throw new Error(`expected a TikTokError, got ${String(error)}`);
    return error;
  }

  it('connects a creator: consent, callback with code and state, tokens', async () => {
    const maya = await creator('maya.bakes');
    const before = Date.now();

    const callback = await followConsent('maya.bakes', 'st-42');
    const tokens = await client.exchangeCode(callback.searchParams.get('code') ?? '', REDIRECT_URI);

    expect(callback.origin + callback.pathname).toBe(REDIRECT_URI);
    expect(callback.searchParams.get('state')).toBe('st-42');
    expect(tokens.externalUserId).toBe(maya.open_id);
    expect(tokens.scopes).toEqual([...TIKTOK_SCOPES]);
    expect(tokens.accessTokenExpiresAt.getTime()).toBeGreaterThanOrEqual(before + 7200 * 1000);
    // refresh_expires_in is whole seconds left on the grant, so the expiry may fall up to 1 s short.
    expect(tokens.refreshTokenExpiresAt.getTime()).toBeGreaterThanOrEqual(
      before + 15552000 * 1000 - 1000,
    );
  });

  it('refuses a replayed code with invalid_grant', async () => {
    const code = (await followConsent('maya.bakes')).searchParams.get('code') ?? '';
    await client.exchangeCode(code, REDIRECT_URI);

    const error = await failureOf(client.exchangeCode(code, REDIRECT_URI));

    expect(error.kind).toBe('invalid_grant');
  });

  it('reads the user info of the connected creator', async () => {
    const tokens = await connect('leo.lifts');

    const user = await client.userInfo(tokens.accessToken, [
      'display_name',
      'username',
      'follower_count',
      'video_count',
    ]);

    expect(user).toMatchObject({
      open_id: tokens.externalUserId,
      display_name: 'Leo Lifts',
      username: 'leo.lifts',
      video_count: 64,
    });
    expect(typeof user.follower_count).toBe('number');
  });

  it('pages through every video of the creator', async () => {
    const tokens = await connect('sana.sketches');
    const expected = (
      await admin<{ video_ids: string[] }>('GET', '/sandbox/creators/sana.sketches/videos')
    ).video_ids;

    const ids: string[] = [];
    let pages = 0;
    for await (const page of paginateVideos(client, tokens.accessToken)) {
      pages += 1;
      ids.push(...page.videos.map((video) => video.id));
    }

    expect(ids).toEqual(expected);
    expect(ids).toHaveLength(130);
    expect(pages).toBeGreaterThanOrEqual(7);
    expect(ids.every((id) => /^\d{19}$/.test(id))).toBe(true);
  });

  it('queries videos by id', async () => {
    const tokens = await connect('maya.bakes');
    const [first, second] = (
      await admin<{ video_ids: string[] }>('GET', '/sandbox/creators/maya.bakes/videos')
    ).video_ids;

    const videos = await client.queryVideos(
      tokens.accessToken,
      [second ?? '', first ?? ''],
      ['title', 'cover_image_url'],
    );

    expect(videos.map((video) => video.id)).toEqual([second, first]);
    expect(videos[0]?.cover_image_url).toMatch(/x-expires=/);
  });

  it('refreshes with rotation: the old refresh token is refused afterwards', async () => {
    const first = await connect();

    const second = await client.refresh(first.refreshToken);
    const replay = await failureOf(client.refresh(first.refreshToken));

    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(replay.kind).toBe('invalid_grant');
    await expect(client.userInfo(second.accessToken, ['display_name'])).resolves.toBeDefined();
  });

  it('serialises concurrent refreshes through TokenRefresher: one refresh, no invalid_grant', async () => {
    let stored: PlatformTokens = await connect();
    stored = { ...stored, accessTokenExpiresAt: new Date(Date.now() - 1000) };
    const provider = new TikTokProvider(client, { limitPerMinute: 600 });
    const refresher = new TokenRefresher({
      refresh: (grant) => provider.refresh(grant),
      lock: inProcessLock(),
      load: async () => ({ ...stored, platform: 'TIKTOK' }),
      store: async (_creatorId, tokens) => {
        stored = tokens;
      },
    });

    const results = await Promise.all(
      Array.from({ length: 5 }, () => refresher.freshTokens('creator-1')),
    );

    expect(new Set(results.map((tokens) => tokens.accessToken)).size).toBe(1);
    const stats = await admin<{ endpoints: Record<string, { calls: number }> }>(
      'GET',
      '/sandbox/stats',
    );
    expect(stats.endpoints['/v2/oauth/token/']?.calls).toBe(2);
  });

  it('revokes: the sandbox sees it, and both tokens are refused afterwards', async () => {
    const tokens = await connect('kofi.codes');

    await client.revoke(tokens.accessToken);

    const { revocations } = await admin<{ revocations: { open_id: string }[] }>(
      'GET',
      '/sandbox/revocations',
    );
    expect(revocations.map((revocation) => revocation.open_id)).toEqual([tokens.externalUserId]);
    expect((await failureOf(client.userInfo(tokens.accessToken, ['display_name']))).kind).toBe(
      'access_token_invalid',
    );
    expect((await failureOf(client.refresh(tokens.refreshToken))).kind).toBe('invalid_grant');
  });

  it('answers rate_limited past the per-minute limit, and counts the 429', async () => {
    const tokens = await connect();
    await admin('PATCH', '/sandbox/settings', { rateLimitPerMinute: 2 });
    await client.listVideos(tokens.accessToken, { maxCount: 5 });
    await client.listVideos(tokens.accessToken, { maxCount: 5 });

    const error = await failureOf(client.listVideos(tokens.accessToken, { maxCount: 5 }));

    expect(error).toMatchObject({
      kind: 'rate_limited',
      httpStatus: 429,
      code: 'rate_limit_exceeded',
    });
    expect(error.logId).toMatch(/^\d{14}[0-9A-F]{20}$/);
    const stats = await admin<{ endpoints: Record<string, { byStatus: Record<string, number> }> }>(
      'GET',
      '/sandbox/stats',
    );
    expect(stats.endpoints['/v2/video/list/']?.byStatus).toEqual({ '200': 2, '429': 1 });
  });

  it.each([
    ['an injected 500', 'upstream_unavailable', { status: 500 }],
    ['an HTML page with 200', 'invalid_response', { garbage: true }],
    ['an HTML page with 502', 'upstream_unavailable', { garbage: true, status: 502 }],
    ['an envelope error', 'access_token_invalid', { error: 'access_token_invalid' }],
  ])('surfaces %s as %s', async (_case, kind, fault) => {
    const tokens = await connect();
    await admin('POST', '/sandbox/faults', { endpoint: '/v2/video/list/', ...fault });

    const error = await failureOf(client.listVideos(tokens.accessToken, { maxCount: 20 }));

    expect(error.kind).toBe(kind);
  });

  it('surfaces an OAuth error with HTTP 200 on refresh as its kind', async () => {
    const tokens = await connect();
    await admin('POST', '/sandbox/faults', {
      endpoint: '/v2/oauth/token/',
      error: 'temporarily_unavailable',
    });

    const error = await failureOf(client.refresh(tokens.refreshToken));

    expect(error).toMatchObject({ kind: 'upstream_unavailable', httpStatus: 200 });
  });

  it('gives up on a slow answer after its timeout', async () => {
    const tokens = await connect();
    await admin('POST', '/sandbox/faults', { endpoint: '/v2/user/info/', delayMs: 1000 });

    const error = await failureOf(clientWith(200).userInfo(tokens.accessToken, ['display_name']));

    expect(error.kind).toBe('upstream_unavailable');
  });

  it('brings a denial back to the callback as access_denied', async () => {
    await admin('PATCH', '/sandbox/settings', { autoApprove: false });
    const authorizeUrl = new URL(
      client.authorizeUrl({ redirectUri: REDIRECT_URI, state: 's', scopes: ['user.info.basic'] }),
    );
    authorizeUrl.searchParams.set('sandbox_decision', 'deny');

    const response = await fetch(authorizeUrl, { redirect: 'manual' });

    const callback = new URL(response.headers.get('location') ?? '');
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('state')).toBe('s');
  });
});
