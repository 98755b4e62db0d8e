import { Tally, TallyError, type RetryEvent } from '@tally/sdk';
import { createRedis } from '@tally/nest-kit';
import { waitFor } from '@tally/testing';
import { randomUUID } from 'node:crypto';
import { loadGatewayConfig } from '../../../../apps/gateway/src/config/gateway.config.js';
import { RateLimitOverrides } from '../../../../apps/gateway/src/rate-limit/rate-limit-overrides.js';
import { createKey, signUp } from '../accounts.js';
import { ALLOWED_REDIRECT_URL, REDIRECT_URL } from '../creators/creators-api.js';
import { Platform } from '../platform.js';

// Revocations reach every gateway within a second; a busy machine may take longer.
const PROPAGATION_DEADLINE_MS = 5000;

/** The global fetch, counting what it sends and what comes back, as a customer's wrapper would. */
function countingFetch() {
  const exchanges: { method: string; path: string; status: number }[] = [];
  const fetch = async (input: string, init: RequestInit): Promise<Response> => {
    const response = await globalThis.fetch(input, init);
    exchanges.push({
      method: init.method ?? 'GET',
      path: new URL(input).pathname,
      status: response.status,
    });
    return response;
  };
  return { fetch, exchanges };
}

/**
 * @tally/sdk (sdks/typescript, built to dist) against the whole stack: keys,
 * OAuth client credentials, creators connected through the platform sandbox,
 * paging, retries after a 429 and TallyError codes.
 */
describe('the TypeScript client library', () => {
  let platform: Platform;
  let adminKey: string;
  let tally: Tally;

  beforeAll(async () => {
    platform = await Platform.start({}, { sandbox: true });
    const owner = await signUp(platform);
    adminKey = (await createKey(platform, owner, { name: 'sdk admin' })).key;
    tally = new Tally({ apiKey: adminKey, baseUrl: platform.gatewayUrl });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  /** Connects a sandbox creator through the SDK's connect flow; returns its id once its first sync succeeded. */
  async function connectCreator(login: string): Promise<string> {
    const started = await tally.connect.start('tiktok', { redirectUrl: REDIRECT_URL });
    const callback = await platform.sandbox.decide(started.authUrl, login, 'approve');
    const response = await fetch(callback, { redirect: 'manual' });
    const location = new URL(response.headers.get('location') ?? '', platform.gatewayUrl);
    const creatorId = location.searchParams.get('creatorId');
    if (response.status !== 302 || !creatorId)
      throw new Error(`connecting ${login} failed: ${location}`);
    const sync = await waitFor(
      () => tally.creators.syncStatus(creatorId),
      (status) => status.status === 'succeeded' || status.status === 'failed',
      { timeoutMs: 15_000, intervalMs: 100 },
    );
    expect(sync.status).toBe('succeeded');
    return creatorId;
  }

  it('signs in with an API key', async () => {
    const me = await tally.users.me();

    expect(me.credential).toMatchObject({ type: 'secret_key' });
    expect(me.permissions).toEqual(expect.arrayContaining(['creators:read', 'keys:write']));
  });

  it('signs in with OAuth client credentials, fetching one token for many calls', async () => {
    const client = await tally.oauthClients.create({
      name: 'sdk reporting',
      environment: 'production',
      roles: ['read-only'],
    });
    const { fetch, exchanges } = countingFetch();
    const viaOAuth = new Tally({
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      baseUrl: platform.gatewayUrl,
      fetch,
    });

    const me = await viaOAuth.users.me();
    const firstPage = await viaOAuth.creators.list().page();

    expect(me.credential).toMatchObject({ type: 'oauth_client' });
    expect(me.permissions).toContain('creators:read');
    expect(Array.isArray(firstPage.items)).toBe(true);
    expect(exchanges.filter((exchange) => exchange.path === '/oauth/token')).toHaveLength(1);
  });

  it('pages through every creator and reads a creator’s videos', async () => {
    await tally.connect.redirectUrls.replace([ALLOWED_REDIRECT_URL]);
    const logins = [
      await platform.sandbox.addCreator(3),
      await platform.sandbox.addCreator(3),
      await platform.sandbox.addCreator(23),
    ];
    const ids: string[] = [];
    for (const login of logins) ids.push(await connectCreator(login));
    const { fetch, exchanges } = countingFetch();
    const counted = new Tally({ apiKey: adminKey, baseUrl: platform.gatewayUrl, fetch });

    const listed: string[] = [];
    for await (const creator of counted.creators.list({ platform: 'TIKTOK', limit: 2 }))
      listed.push(creator.id);
    const videos: string[] = [];
    for await (const video of counted.creators.videos(ids[2], { limit: 10 }))
      videos.push(video.externalId);

    expect(listed).toEqual([...ids].reverse());
    expect(exchanges.filter((exchange) => exchange.path === '/api/v1/creators')).toHaveLength(2);
    expect(videos).toEqual(await platform.sandbox.videoIds(logins[2]));
    expect(exchanges.filter((exchange) => exchange.path.endsWith('/videos'))).toHaveLength(3);
    const profile = await tally.creators.get(ids[2]);
    expect(profile).toMatchObject({ id: ids[2], platform: 'TIKTOK', status: 'connected' });
  });

  it('creates a key, and revokes it: the key is refused from then on', async () => {
    const created = await tally.keys.create({
      name: 'sdk short-lived',
      type: 'secret',
      environment: 'production',
      roles: ['read-only'],
      expiresInDays: 30,
      metadata: { team: 'sdk' },
    });
    const withNewKey = new Tally({ apiKey: created.key, baseUrl: platform.gatewayUrl });
    expect((await withNewKey.users.me()).credential).toMatchObject({ id: created.id });
    expect(await tally.keys.get(created.id)).toMatchObject({ name: 'sdk short-lived' });

    const revoked = await tally.keys.revoke(created.id);

    expect(revoked.id).toBe(created.id);
    expect(revoked.revokedAt).not.toBeNull();
    const refusal = await waitFor(
      () =>
        withNewKey.users.me().then(
          () => undefined,
          (error: unknown) => error,
        ),
      (error) => error instanceof TallyError,
      { timeoutMs: PROPAGATION_DEADLINE_MS, intervalMs: 50 },
    );
    expect(refusal).toBeInstanceOf(TallyError);
    expect(refusal).toMatchObject({ status: 401 });
  });

  it('waits for Retry-After when the rate limiter says 429, and then succeeds', async () => {
    const owner = await signUp(platform);
    const key = (await createKey(platform, owner, { name: 'sdk limited' })).key;
    const gateway = loadGatewayConfig(process.env);
    const redis = createRedis({ url: gateway.REDIS_URL, keyPrefix: gateway.REDIS_KEY_PREFIX });
    try {
      // One request per credential every 2 seconds: the next one within the window is refused.
      await new RateLimitOverrides(redis).setAccountBurst(owner.accountId, {
        limit: 1,
        windowSeconds: 2,
      });
      const { fetch, exchanges } = countingFetch();
      const retries: RetryEvent[] = [];
      const limited = new Tally({
        apiKey: key,
        baseUrl: platform.gatewayUrl,
        fetch,
        maxRetries: 3,
        onRetry: (event) => retries.push(event),
      });

      // A machine slow enough to space two calls by the whole window would see no 429: call again until one came.
      for (
        let call = 0;
        call < 5 && !exchanges.some((exchange) => exchange.status === 429);
        call += 1
      )
        await limited.users.me();

      const statuses = exchanges.map((exchange) => exchange.status);
      expect(statuses).toContain(429);
      expect(statuses.at(-1)).toBe(200);
      expect(retries.length).toBeGreaterThanOrEqual(1);
      for (const retry of retries) {
        expect(retry.status).toBe(429);
        // The gateway's Retry-After is whole seconds of the 2-second window: at least 1.
        expect(retry.delayMs).toBeGreaterThanOrEqual(1000);
      }
    } finally {
      await new RateLimitOverrides(redis).resetAccount(owner.accountId);
      redis.disconnect();
    }
  });

  it('throws a TallyError with not_found for a creator that is not there', async () => {
    const error = await tally.creators.get(randomUUID()).catch((reason: unknown) => reason);

    expect(error).toBeInstanceOf(TallyError);
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
    expect((error as TallyError).requestId).toEqual(expect.any(String));
  });

  it('throws a TallyError with insufficient_scope for a permission the key does not hold', async () => {
    const readOnly = await tally.keys.create({
      name: 'sdk read-only',
      type: 'secret',
      environment: 'production',
      roles: ['read-only'],
      expiresInDays: 30,
    });
    const reader = new Tally({ apiKey: readOnly.key, baseUrl: platform.gatewayUrl });

    const error = await reader.keys
      .create({
        name: 'not allowed',
        type: 'secret',
        environment: 'production',
        roles: ['read-only'],
        expiresInDays: 30,
      })
      .catch((reason: unknown) => reason);

    expect(error).toBeInstanceOf(TallyError);
    expect(error).toMatchObject({ status: 403, code: 'insufficient_scope' });
  });
});
