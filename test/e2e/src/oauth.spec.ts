import { waitFor } from '@tally/testing';
import { bearer, createKey, SignedIn, signUp } from './accounts.js';
import { Platform } from './platform.js';

// Revocations reach every gateway within a second; a busy machine may take
// longer to carry the requests that check it. The periodic resync is slowed to
// its slowest here, so that only identity's revocation event can make the
// deadline: a missed event still fails (revocation-resync.spec.ts covers the resync).
const PROPAGATION_DEADLINE_MS = 5000;
const SLOWEST_RESYNC_MS = '60000';

const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

describe('OAuth 2.0 client credentials', () => {
  let platform: Platform;
  let owner: SignedIn;
  let adminKey: string;

  beforeAll(async () => {
    platform = await Platform.start({
      PUBLIC_BASE_URL: 'http://tally.test',
      REVOCATION_RESYNC_MS: SLOWEST_RESYNC_MS,
    });
    owner = await signUp(platform);
    adminKey = (await createKey(platform, owner)).key;
  });

  afterAll(async () => {
    await platform?.stop();
  });

  async function createClient(roles: string[], key = adminKey) {
    const response = await platform.send('POST', '/api/v1/oauth-clients', {
      headers: bearer(key),
      body: { name: 'reporting', roles, environment: 'production' },
    });
    expect(response.status).toBe(201);
    return (
      (await response.json()) as { data: { id: string; clientId: string; clientSecret: string } }
    ).data;
  }

  function form(path: string, fields: Record<string, string>, authorization?: string) {
    return fetch(`${platform.gatewayUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(authorization ? { authorization } : {}),
      },
      body: new URLSearchParams(fields).toString(),
    });
  }

  async function tokenFor(
    client: { clientId: string; clientSecret: string },
    scope?: string,
  ): Promise<string> {
    const response = await form(
      '/oauth/token',
      { grant_type: 'client_credentials', ...(scope ? { scope } : {}) },
      basic(client.clientId, client.clientSecret),
    );
    expect(response.status).toBe(200);
    return ((await response.json()) as { access_token: string }).access_token;
  }

  it('issues a signed bearer token for one hour with the scope of the client', async () => {
    const client = await createClient(['key-admin']);

    const response = await form(
      '/oauth/token',
      { grant_type: 'client_credentials' },
      basic(client.clientId, client.clientSecret),
    );
    const body = (await response.json()) as Record<string, unknown>;

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body).toMatchObject({
      token_type: 'bearer',
      expires_in: 3600,
      scope: 'keys:read keys:write oauth-clients:write',
    });
    expect(String(body.access_token).split('.')).toHaveLength(3);
    expect(client.clientSecret).toMatch(/^tly_cs_/);
  });

  it('accepts the credentials in the body too', async () => {
    const client = await createClient(['read-only']);
    const response = await form('/oauth/token', {
      grant_type: 'client_credentials',
      client_id: client.clientId,
      client_secret: client.clientSecret,
    });

    expect(response.status).toBe(200);
  });

  it('answers RFC 6749 errors', async () => {
    const client = await createClient(['read-only']);

    const wrongSecret = await form(
      '/oauth/token',
      { grant_type: 'client_credentials' },
      basic(client.clientId, 'nope'),
    );
    const noGrant = await form('/oauth/token', {}, basic(client.clientId, client.clientSecret));
    const password = await form(
      '/oauth/token',
      { grant_type: 'password' },
      basic(client.clientId, client.clientSecret),
    );
    const tooWide = await form(
      '/oauth/token',
      { grant_type: 'client_credentials', scope: 'keys:write' },
      basic(client.clientId, client.clientSecret),
    );

    expect(wrongSecret.status).toBe(401);
    expect(wrongSecret.headers.get('www-authenticate')).toBe('Basic realm="tally"');
    expect(await wrongSecret.json()).toMatchObject({ error: 'invalid_client' });
    expect(noGrant.status).toBe(400);
    expect(await noGrant.json()).toMatchObject({ error: 'invalid_request' });
    expect(await password.json()).toMatchObject({ error: 'unsupported_grant_type' });
    expect(tooWide.status).toBe(400);
    expect(await tooWide.json()).toMatchObject({ error: 'invalid_scope' });
  });

  it('narrows the scope on request, and the gateway enforces it', async () => {
    const client = await createClient(['key-admin']);
    const token = await tokenFor(client, 'keys:read');

    const list = await platform.get('/api/v1/keys', bearer(token));
    const create = await platform.send('POST', '/api/v1/keys', {
      headers: bearer(token),
      body: {
        name: 'x',
        type: 'secret',
        environment: 'production',
        roles: ['key-admin'],
        expiresInDays: 30,
      },
    });
    const me = (await (await platform.get('/api/v1/users/me', bearer(token))).json()) as {
      data: Record<string, unknown>;
    };

    expect(list.status).toBe(200);
    expect(create.status).toBe(403);
    expect(me.data).toMatchObject({
      credential: { type: 'oauth_client', id: client.id },
      permissions: ['keys:read'],
      environment: 'production',
    });
  });

  it('publishes its keys and its metadata', async () => {
    const jwks = (await (await platform.get('/.well-known/jwks.json')).json()) as {
      keys: Record<string, string>[];
    };
    const metadata = (await (
      await platform.get('/.well-known/oauth-authorization-server')
    ).json()) as Record<string, unknown>;

    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(jwks.keys[0].d).toBeUndefined();
    expect(metadata).toMatchObject({
      issuer: 'http://tally.test',
      token_endpoint: 'http://tally.test/oauth/token',
      jwks_uri: 'http://tally.test/.well-known/jwks.json',
      grant_types_supported: ['client_credentials'],
    });
  });

  it('refuses a tampered token', async () => {
    const client = await createClient(['read-only']);
    const [header, payload, signature] = (await tokenFor(client)).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const forged = Buffer.from(JSON.stringify({ ...claims, scope: 'keys:write' })).toString(
      'base64url',
    );

    const response = await platform.get(
      '/api/v1/users/me',
      bearer(`${header}.${forged}.${signature}`),
    );

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('introspects and revokes tokens; a revoked token is refused at once', async () => {
    const client = await createClient(['read-only']);
    const token = await tokenFor(client);
    const auth = basic(client.clientId, client.clientSecret);
    expect((await platform.get('/api/v1/users/me', bearer(token))).status).toBe(200);

    const active = await (await form('/oauth/introspect', { token }, auth)).json();
    expect(active).toMatchObject({
      active: true,
      client_id: client.clientId,
      scope: 'creators:read',
      token_type: 'bearer',
    });

    expect((await form('/oauth/revoke', { token }, auth)).status).toBe(200);
    const refused = await waitFor(
      () => platform.get('/api/v1/users/me', bearer(token)),
      (response) => response.status === 401,
      { timeoutMs: PROPAGATION_DEADLINE_MS, intervalMs: 20 },
    );
    expect(refused.status).toBe(401);
    expect(await (await form('/oauth/introspect', { token }, auth)).json()).toEqual({
      active: false,
    });
    expect((await form('/oauth/revoke', { token: 'not-a-token' }, auth)).status).toBe(200);
  });

  it("does not tell a client about another account's tokens", async () => {
    const stranger = await signUp(platform);
    const theirClient = await createClient(
      ['read-only'],
      (await createKey(platform, stranger)).key,
    );
    const ourClient = await createClient(['read-only']);

    const answer = await (
      await form(
        '/oauth/introspect',
        { token: await tokenFor(theirClient) },
        basic(ourClient.clientId, ourClient.clientSecret),
      )
    ).json();

    expect(answer).toEqual({ active: false });
    expect(
      (
        await platform.send('DELETE', `/api/v1/oauth-clients/${theirClient.id}`, {
          headers: bearer(adminKey),
        })
      ).status,
    ).toBe(404);
  });

  it('revoking a client stops its tokens and its credentials', async () => {
    const client = await createClient(['read-only']);
    const token = await tokenFor(client);

    const revoked = await platform.send('DELETE', `/api/v1/oauth-clients/${client.id}`, {
      headers: bearer(adminKey),
    });
    expect(revoked.status).toBe(200);

    const refused = await waitFor(
      () => platform.get('/api/v1/users/me', bearer(token)),
      (response) => response.status === 401,
      { timeoutMs: PROPAGATION_DEADLINE_MS, intervalMs: 20 },
    );
    expect(refused.status).toBe(401);
    const again = await form(
      '/oauth/token',
      { grant_type: 'client_credentials' },
      basic(client.clientId, client.clientSecret),
    );
    expect(again.status).toBe(401);
  });

  it('never lets a key create a client with more than it holds', async () => {
    const keyAdmin = (await createKey(platform, owner, { roles: ['key-admin'] })).key;
    const response = await platform.send('POST', '/api/v1/oauth-clients', {
      headers: bearer(keyAdmin),
      body: { name: 'x', roles: ['full-access'], environment: 'production' },
    });

    expect(response.status).toBe(403);
  });

  it('lists clients without their secrets', async () => {
    const client = await createClient(['read-only']);
    const listed = await (
      await platform.get('/api/v1/oauth-clients?limit=100', bearer(adminKey))
    ).text();

    expect(listed).toContain(client.clientId);
    expect(listed).not.toContain(client.clientSecret);
  });
});
