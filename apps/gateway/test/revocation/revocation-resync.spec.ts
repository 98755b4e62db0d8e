import { METRICS_REGISTRY } from '@tally/nest-kit';
import { waitFor } from '@tally/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Registry } from 'prom-client';
import { RevocationFeed } from '../../src/auth/revocation/revocation-feed.js';
import { RevocationResync } from '../../src/auth/revocation/revocation-resync.js';
import { loadGatewayConfig } from '../../src/config/gateway.config.js';
import { startGateway } from '../../src/gateway.app.js';
import { RevokingIdentity } from './revoking-identity.js';

const ISSUER = 'http://tally.test';
const RESYNC_MS = 1000;
// Three resync periods without an answer make the gateway's knowledge stale.
const STALE_AFTER_MS = 3 * RESYNC_MS;
// Far longer than a resync period, far shorter than the caches would keep a
// verdict without one (keys: KEY_CACHE_TTL_MS below; sessions: 10 s).
const REFUSAL_DEADLINE_MS = 8000;

describe('revocations whose events are lost', () => {
  let identity: RevokingIdentity;
  let gateway: NestFastifyApplication;

  beforeAll(async () => {
    identity = new RevokingIdentity(ISSUER);
    await identity.start();
    gateway = await startGateway(
      loadGatewayConfig({
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        PUBLIC_BASE_URL: ISSUER,
        REVOCATION_RESYNC_MS: String(RESYNC_MS),
        KEY_CACHE_TTL_MS: '600000',
      }),
      { installSignalHandlers: false },
    );
  });

  afterAll(async () => {
    await gateway?.close();
    await identity?.stop();
  });

  afterEach(() => {
    identity.release();
    identity.refuseResyncs(false);
  });

  const me = (headers: Record<string, string>) =>
    gateway.inject({ method: 'GET', url: '/api/v1/users/me', headers });
  const bearer = (credential: string) => ({ authorization: `Bearer ${credential}` });

  /** The credential's refusal, learnt from a resync: the gateway's knowledge stayed current. */
  async function refusedWithin(headers: Record<string, string>) {
    const refused = await waitFor(
      () => me(headers),
      (response) => response.statusCode === 401,
      { timeoutMs: REFUSAL_DEADLINE_MS, intervalMs: 50 },
    );
    expect(gateway.get(RevocationFeed).isCurrent()).toBe(true);
    return refused;
  }

  describe('within the resync period', () => {
    it('refuses a revoked API key the gateway had cached', async () => {
      const { key, keyId } = identity.issueKey();
      expect((await me(bearer(key))).statusCode).toBe(200);

      identity.revoke('api_key', keyId);
      const refused = await refusedWithin(bearer(key));

      expect(refused.statusCode).toBe(401);
      expect(refused.json<{ error: { message: string } }>().error.message).toBe(
        'The API key has been revoked.',
      );
    });

    it('refuses a revoked access token', async () => {
      const { token, jti } = await identity.issueToken();
      expect((await me(bearer(token))).statusCode).toBe(200);

      identity.revoke('oauth_token', jti);
      const refused = await refusedWithin(bearer(token));

      expect(refused.statusCode).toBe(401);
      expect(refused.json<{ error: { message: string } }>().error.message).toBe(
        'The access token has been revoked.',
      );
    });

    it('refuses the tokens of a revoked OAuth client', async () => {
      const { token, clientId } = await identity.issueToken();
      expect((await me(bearer(token))).statusCode).toBe(200);

      identity.revoke('oauth_client', clientId);
      const refused = await refusedWithin(bearer(token));

      expect(refused.statusCode).toBe(401);
      expect(refused.json<{ error: { message: string } }>().error.message).toBe(
        'The OAuth client of this token has been revoked or paused.',
      );
    });

    it('refuses an ended session the gateway had cached', async () => {
      const { sessionToken, sessionId } = identity.openSession();
      const cookie = { cookie: `tally_session=${sessionToken}` };
      expect((await me(cookie)).statusCode).toBe(200);

      identity.revoke('session', sessionId);
      const refused = await refusedWithin(cookie);

      expect(refused.statusCode).toBe(401);
    });
  });

  describe('a verification in flight while the revocation arrives', () => {
    it('is answered, but its verdict is not kept: the key is refused afterwards', async () => {
      const { key, keyId } = identity.issueKey();
      const verifiedBefore = identity.verifications;
      identity.hold();
      const inFlight = me(bearer(key));
      await waitFor(
        () => Promise.resolve(identity.verifications),
        (count) => count > verifiedBefore,
        { timeoutMs: 5000, intervalMs: 10 },
      );

      identity.revoke('api_key', keyId);
      await gateway.get(RevocationResync).syncNow();
      identity.release();
      const answered = await inFlight;
      const afterwards = await me(bearer(key));

      expect(answered.statusCode).toBe(200);
      expect(afterwards.statusCode).toBe(401);
      expect(identity.verifications).toBe(verifiedBefore + 2);
    });
  });

  describe('while identity does not answer the resync', () => {
    it('stops trusting cached verdicts once stale, and says how stale in its metrics', async () => {
      const { key } = identity.issueKey();
      await me(bearer(key));
      await me(bearer(key));
      const verifiedWhileCurrent = identity.verifications;

      identity.refuseResyncs();
      const feed = gateway.get(RevocationFeed);
      await waitFor(
        () => Promise.resolve(feed.isCurrent()),
        (current) => !current,
        { timeoutMs: STALE_AFTER_MS + 5000, intervalMs: 50 },
      );
      await me(bearer(key));
      await me(bearer(key));
      const age = await syncAgeSeconds(gateway);

      expect(feed.isCurrent()).toBe(false);
      expect(identity.verifications).toBe(verifiedWhileCurrent + 2);
      expect(age).toBeGreaterThan(STALE_AFTER_MS / 1000);
    });

    it('trusts its cache again once a resync succeeds', async () => {
      const { key } = identity.issueKey();
      identity.refuseResyncs();
      const feed = gateway.get(RevocationFeed);
      await waitFor(
        () => Promise.resolve(feed.isCurrent()),
        (current) => !current,
        { timeoutMs: STALE_AFTER_MS + 5000, intervalMs: 50 },
      );

      identity.refuseResyncs(false);
      await gateway.get(RevocationResync).syncNow();
      await me(bearer(key));
      const verified = identity.verifications;
      await me(bearer(key));

      expect(feed.isCurrent()).toBe(true);
      expect(identity.verifications).toBe(verified);
      expect(await syncAgeSeconds(gateway)).toBeLessThan(STALE_AFTER_MS / 1000);
    });
  });
});

async function syncAgeSeconds(app: NestFastifyApplication): Promise<number> {
  const registry = app.get<Registry>(METRICS_REGISTRY);
  const metric = await registry.getSingleMetric('tally_gateway_revocation_sync_age_seconds')?.get();
  const value = metric?.values[0]?.value;
  if (value === undefined)
    throw new Error('tally_gateway_revocation_sync_age_seconds is not exposed');
  return value;
}
