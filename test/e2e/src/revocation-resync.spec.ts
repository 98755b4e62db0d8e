import { waitFor } from '@tally/testing';
import { DataSource } from 'typeorm';
import { bearer, createKey, SignedIn, signUp } from './accounts.js';
import { Platform } from './platform.js';

const RESYNC_MS = 1000;
// Generous next to the resync period, and far shorter than the gateway would
// keep a cached verdict without it (KEY_CACHE_TTL_MS below, 10 s for sessions,
// an hour for access tokens).
const REFUSAL_DEADLINE_MS = 8000;

const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

/**
 * Credentials revoked straight in identity's database: no event is ever
 * published, as when every gateway missed it. Each gateway must learn it from
 * its resync of identity's revocation log.
 */
describe('revocations that reach the gateway without an event', () => {
  let platform: Platform;
  let owner: SignedIn;
  let adminKey: string;
  let identityDb: DataSource;

  beforeAll(async () => {
    platform = await Platform.start({
      PUBLIC_BASE_URL: 'http://tally.test',
      REVOCATION_RESYNC_MS: String(RESYNC_MS),
      KEY_CACHE_TTL_MS: '600000',
    });
    owner = await signUp(platform);
    adminKey = (await createKey(platform, owner, { name: 'admin' })).key;
    identityDb = platform.identity!.get(DataSource);
  });

  afterAll(async () => {
    await platform?.stop();
  });

  const me = (headers: Record<string, string>) => platform.get('/api/v1/users/me', headers);

  function refusedWithin(headers: Record<string, string>): Promise<Response> {
    return waitFor(
      () => me(headers),
      (response) => response.status === 401,
      { timeoutMs: REFUSAL_DEADLINE_MS, intervalMs: 50 },
    );
  }

  async function oauthClientWithToken() {
    const created = await platform.send('POST', '/api/v1/oauth-clients', {
      headers: bearer(adminKey),
      body: { name: 'reporting', roles: ['read-only'], environment: 'production' },
    });
    const client = (
      (await created.json()) as {
        data: { id: string; clientId: string; clientSecret: string };
      }
    ).data;
    const issued = await fetch(`${platform.gatewayUrl}/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: basic(client.clientId, client.clientSecret),
      },
      body: 'grant_type=client_credentials',
    });
    const token = ((await issued.json()) as { access_token: string }).access_token;
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as {
      jti: string;
      exp: number;
    };
    return { client, token, claims };
  }

  it('refuses an API key the gateway had cached', async () => {
    const { key, id } = await createKey(platform, owner, { roles: ['read-only'] });
    expect((await me(bearer(key))).status).toBe(200);

    await identityDb.query('UPDATE identity.api_keys SET revoked_at = now() WHERE id = $1', [id]);
    const refused = await refusedWithin(bearer(key));

    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      'The API key has been revoked.',
    );
  });

  it('refuses a revoked access token', async () => {
    const { token, claims } = await oauthClientWithToken();
    expect((await me(bearer(token))).status).toBe(200);

    await identityDb.query(
      'INSERT INTO identity.revoked_tokens (jti, account_id, expires_at) VALUES ($1, $2, $3)',
      [claims.jti, owner.accountId, new Date(claims.exp * 1000)],
    );
    const refused = await refusedWithin(bearer(token));

    expect(refused.status).toBe(401);
  });

  it('refuses the tokens of a revoked OAuth client', async () => {
    const { client, token } = await oauthClientWithToken();
    expect((await me(bearer(token))).status).toBe(200);

    await identityDb.query('UPDATE identity.oauth_clients SET revoked_at = now() WHERE id = $1', [
      client.id,
    ]);
    const refused = await refusedWithin(bearer(token));

    expect(refused.status).toBe(401);
  });

  it('refuses an ended dashboard session', async () => {
    const user = await signUp(platform);
    expect((await me({ cookie: user.cookie })).status).toBe(200);

    await identityDb.query(
      'UPDATE identity.sessions SET revoked_at = now() WHERE account_id = $1',
      [user.accountId],
    );
    const refused = await refusedWithin({ cookie: user.cookie });

    expect(refused.status).toBe(401);
  });

  it('reports how current its knowledge of revocations is', async () => {
    const metrics = await platform.gatewayMetrics();
    const age = /^tally_gateway_revocation_sync_age_seconds(?:\{[^}]*\})? (\S+)$/m.exec(metrics);

    expect(age).not.toBeNull();
    expect(Number(age?.[1])).toBeLessThan((3 * RESYNC_MS) / 1000);
  });
});
