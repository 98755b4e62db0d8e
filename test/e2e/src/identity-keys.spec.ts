import { waitFor } from '@tally/testing';
import { bearer, createKey, SignedIn, signUp } from './accounts.js';
import { Platform } from './platform.js';

// Revocations reach every gateway within a second; a busy machine may take
// longer to carry the requests that check it. The periodic resync is slowed to
// its slowest here, so that only identity's revocation event can make the
// deadline: a missed event still fails (revocation-resync.spec.ts covers the resync).
const PROPAGATION_DEADLINE_MS = 5000;
const SLOWEST_RESYNC_MS = '60000';

/** Response bodies are read loosely here; each test asserts the fields it cares about. */
type Body = {
  success: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data?: any;
  error?: { code: string; message: string; details: { field?: string; reason: string }[] };
};

async function json(response: Response): Promise<Body> {
  return (await response.json()) as Body;
}

describe('API keys through the gateway', () => {
  let platform: Platform;
  let owner: SignedIn;
  let adminKey: string;

  beforeAll(async () => {
    platform = await Platform.start({
      NATS_REQUEST_TIMEOUT_MS: '3000',
      REVOCATION_RESYNC_MS: SLOWEST_RESYNC_MS,
    });
    owner = await signUp(platform);
    adminKey = (await createKey(platform, owner, { name: 'admin' })).key;
  });

  afterAll(async () => {
    await platform?.stop();
  });

  describe('creating', () => {
    it('shows the key once, in full, with its metadata', async () => {
      const response = await platform.send('POST', '/api/v1/keys', {
        headers: bearer(adminKey),
        body: {
          name: 'ci',
          type: 'secret',
          // A key creates keys of its own environment only (the admin key is a production key).
          environment: 'production',
          roles: ['read-only'],
          expiresInDays: 90,
        },
      });
      const body = await json(response);

      expect(response.status).toBe(201);
      expect(body.data.key).toMatch(/^tly_sk_[0-9A-Za-z]{39}$/);
      expect(body.data).toMatchObject({
        name: 'ci',
        type: 'secret',
        environment: 'production',
        start: body.data.key.slice(0, 13),
        roles: [{ name: 'read-only' }],
        permissions: ['creators:read'],
        revokedAt: null,
        lastUsedAt: null,
      });
      const listed = await json(
        await platform.get(`/api/v1/keys/${body.data.id}`, bearer(adminKey)),
      );
      expect(listed.data.key).toBeUndefined();
      expect(JSON.stringify(listed)).not.toContain(body.data.key);
    });

    it('refuses an expiry outside the allowed values and lists them', async () => {
      const response = await platform.send('POST', '/api/v1/keys', {
        headers: bearer(adminKey),
        body: {
          name: 'x',
          type: 'secret',
          environment: 'production',
          roles: ['read-only'],
          expiresInDays: 400,
        },
      });
      const body = await json(response);

      expect(response.status).toBe(400);
      expect(body.error?.details).toContainEqual({
        field: 'expiresInDays',
        reason: 'expiresInDays must be one of: 30, 60, 90, 180, 365',
      });
    });

    it('refuses unknown fields and a missing body', async () => {
      const unknownField = await platform.send('POST', '/api/v1/keys', {
        headers: bearer(adminKey),
        body: {
          name: 'x',
          type: 'secret',
          environment: 'production',
          roles: ['read-only'],
          expiresInDays: 30,
          admin: true,
        },
      });
      const noBody = await platform.send('POST', '/api/v1/keys', { headers: bearer(adminKey) });

      expect(unknownField.status).toBe(400);
      expect((await json(unknownField)).error?.details).toContainEqual({
        field: 'admin',
        reason: 'admin is not a known field',
      });
      expect(noBody.status).toBe(400);
    });

    it('names each missing field once, in words, with the allowed values', async () => {
      const response = await platform.send('POST', '/api/v1/keys', {
        headers: bearer(adminKey),
        body: { name: 'minimal' },
      });
      const body = await json(response);

      expect(response.status).toBe(400);
      expect(body.error).toMatchObject({
        code: 'validation_failed',
        message: 'The request is invalid: type, environment, roles, expiresInDays.',
        details: [
          { field: 'type', reason: 'type is required and must be one of: secret, publishable' },
          {
            field: 'environment',
            reason: 'environment is required and must be one of: development, production',
          },
          { field: 'roles', reason: 'roles is required' },
          {
            field: 'expiresInDays',
            reason: 'expiresInDays is required and must be one of: 30, 60, 90, 180, 365',
          },
        ],
      });
    });

    it('counts an empty list of roles in words and names a bad element', async () => {
      const key = { name: 'x', type: 'secret', environment: 'production', expiresInDays: 30 };
      const empty = await platform.send('POST', '/api/v1/keys', {
        headers: bearer(adminKey),
        body: { ...key, roles: [] },
      });
      const badElement = await platform.send('POST', '/api/v1/keys', {
        headers: bearer(adminKey),
        body: { ...key, roles: ['read-only', 7] },
      });

      expect((await json(empty)).error?.details).toEqual([
        { field: 'roles', reason: 'roles must contain 1 to 20 roles' },
      ]);
      expect((await json(badElement)).error?.details).toEqual([
        { field: 'roles[1]', reason: 'roles[1] must be a string' },
      ]);
    });

    it('never grants more than the creator holds', async () => {
      const keyAdmin = (await createKey(platform, owner, { roles: ['key-admin'] })).key;

      const response = await platform.send('POST', '/api/v1/keys', {
        headers: bearer(keyAdmin),
        body: {
          name: 'escalate',
          type: 'secret',
          environment: 'production',
          roles: ['full-access'],
          expiresInDays: 30,
        },
      });

      expect(response.status).toBe(403);
      expect((await json(response)).error).toMatchObject({ code: 'insufficient_scope' });
      expect(
        (
          await json(
            await platform.send('POST', '/api/v1/keys', {
              headers: bearer(keyAdmin),
              body: {
                name: 'ok',
                type: 'secret',
                environment: 'production',
                roles: ['key-admin'],
                expiresInDays: 30,
              },
            }),
          )
        ).success,
      ).toBe(true);
    });

    it('refuses a publishable key more than the public permissions', async () => {
      const response = await platform.send('POST', '/api/v1/keys', {
        headers: bearer(adminKey),
        body: {
          name: 'web',
          type: 'publishable',
          environment: 'production',
          roles: ['creators-manager'],
          expiresInDays: 30,
        },
      });

      expect(response.status).toBe(400);
      expect((await json(response)).error?.message).toContain(
        'publishable key may only hold creators:read',
      );
    });

    it('refuses allowed origins on a secret key', async () => {
      const response = await platform.send('POST', '/api/v1/keys', {
        headers: bearer(adminKey),
        body: {
          name: 'web',
          type: 'secret',
          environment: 'production',
          roles: ['read-only'],
          expiresInDays: 30,
          allowedOrigins: ['https://a.example'],
        },
      });

      expect(response.status).toBe(400);
    });
  });

  describe('authenticating', () => {
    it('accepts a key in Authorization: Bearer and in x-api-key', async () => {
      const viaBearer = await platform.get('/api/v1/users/me', bearer(adminKey));
      const viaHeader = await platform.get('/api/v1/users/me', { 'x-api-key': adminKey });

      expect(viaBearer.status).toBe(200);
      expect(viaHeader.status).toBe(200);
      expect((await json(viaBearer)).data).toMatchObject({
        account: { id: owner.accountId, name: 'Acme Creators' },
        credential: { type: 'secret_key' },
        environment: 'production',
        roles: [{ name: 'full-access' }],
      });
    });

    it('answers 401 with a Bearer challenge without a credential', async () => {
      const response = await platform.get('/api/v1/keys');

      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(
        /^Bearer realm="tally", error="invalid_token", error_description="/,
      );
      expect((await json(response)).error?.code).toBe('unauthorized');
    });

    it('refuses a mistyped key by its checksum', async () => {
      const typo = adminKey.slice(0, 20) + (adminKey[20] === 'x' ? 'y' : 'x') + adminKey.slice(21);
      const response = await platform.get('/api/v1/users/me', bearer(typo));

      expect(response.status).toBe(401);
      expect((await json(response)).error?.message).toContain('malformed');
    });

    it('refuses a well-formed key nobody issued', async () => {
      const { formatApiKey } = await import('@tally/contracts');
      const stranger = formatApiKey('secret', new Uint8Array(24).fill(7));
      const response = await platform.get('/api/v1/users/me', bearer(stranger));

      expect(response.status).toBe(401);
      expect((await json(response)).error?.message).toBe('The API key is not valid.');
    });

    it('answers 403 naming the permission a valid key lacks', async () => {
      const readOnly = (await createKey(platform, owner, { roles: ['read-only'] })).key;
      const response = await platform.send('POST', '/api/v1/keys', {
        headers: bearer(readOnly),
        body: {
          name: 'x',
          type: 'secret',
          environment: 'production',
          roles: ['read-only'],
          expiresInDays: 30,
        },
      });

      expect(response.status).toBe(403);
      expect(response.headers.get('www-authenticate')).toContain('error="insufficient_scope"');
      expect((await json(response)).error?.message).toContain('keys:write');
    });

    it('keeps publishable keys to the routes meant for browsers, and answers preflights', async () => {
      const created = await platform.send('POST', '/api/v1/keys', {
        headers: bearer(adminKey),
        body: {
          name: 'web',
          type: 'publishable',
          environment: 'production',
          roles: ['read-only'],
          expiresInDays: 30,
          allowedOrigins: ['https://shop.example'],
        },
      });
      expect(created.status).toBe(201);
      const publishable = (await json(created)).data.key as string;
      expect(publishable).toMatch(/^tly_pk_/);

      const notForBrowsers = await platform.get('/api/v1/keys', {
        ...bearer(publishable),
        origin: 'https://shop.example',
      });
      const preflight = await platform.send('OPTIONS', '/api/v1/keys', {
        headers: {
          origin: 'https://shop.example',
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });

      expect(notForBrowsers.status).toBe(403);
      expect(notForBrowsers.headers.get('access-control-allow-origin')).toBeNull();
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    });

    it('refuses a secret key sent from a browser origin', async () => {
      const response = await platform.get('/api/v1/users/me', {
        ...bearer(adminKey),
        origin: 'https://evil.example',
      });

      expect(response.status).toBe(403);
    });

    it('records the first use of a key within a few seconds', async () => {
      const { key, id } = await createKey(platform, owner, { roles: ['read-only'] });
      const usedAt = Date.now();
      await platform.get('/api/v1/users/me', bearer(key));

      const view = await waitFor(
        async () => (await json(await platform.get(`/api/v1/keys/${id}`, bearer(adminKey)))).data,
        (data) => data.lastUsedAt !== null,
        { timeoutMs: 15_000, intervalMs: 200 },
      );
      // The time of that use (a second's leeway for rounding), however long the wait.
      expect(Date.parse(view.lastUsedAt)).toBeGreaterThanOrEqual(usedAt - 1000);
    });
  });

  describe('reading', () => {
    it('pages through keys with opaque cursors, both ways', async () => {
      const other = await signUp(platform);
      for (let index = 0; index < 5; index += 1)
        await createKey(platform, other, { name: `k${index}` });

      const first = await json(
        await platform.send('GET', '/api/v1/keys?limit=2', { headers: { cookie: other.cookie } }),
      );
      const second = await json(
        await platform.send('GET', `/api/v1/keys?limit=2&cursor=${first.data.nextCursor}`, {
          headers: { cookie: other.cookie },
        }),
      );
      const third = await json(
        await platform.send('GET', `/api/v1/keys?limit=2&cursor=${second.data.nextCursor}`, {
          headers: { cookie: other.cookie },
        }),
      );
      const back = await json(
        await platform.send('GET', `/api/v1/keys?limit=2&cursor=${second.data.prevCursor}`, {
          headers: { cookie: other.cookie },
        }),
      );

      const names = (page: Body) => page.data.items.map((item: { name: string }) => item.name);
      expect(names(first)).toEqual(['k4', 'k3']);
      expect(names(second)).toEqual(['k2', 'k1']);
      expect(names(third)).toEqual(['k0']);
      expect(third.data).toMatchObject({
        nextCursor: null,
        hasMoreAfter: false,
        hasMoreBefore: true,
      });
      expect(first.data).toMatchObject({
        prevCursor: null,
        hasMoreBefore: false,
        hasMoreAfter: true,
      });
      expect(names(back)).toEqual(['k4', 'k3']);
    });

    it('refuses a tampered cursor and a limit out of range', async () => {
      const tampered = await platform.get('/api/v1/keys?cursor=eyJhIjoxfQ.AAAA', bearer(adminKey));
      const huge = await platform.get('/api/v1/keys?limit=1000', bearer(adminKey));
      const zero = await platform.get('/api/v1/keys?limit=0', bearer(adminKey));

      expect(tampered.status).toBe(400);
      expect((await json(tampered)).error?.details).toEqual([
        { field: 'cursor', reason: 'invalid or tampered cursor' },
      ]);
      expect(huge.status).toBe(400);
      expect(zero.status).toBe(400);
    });

    it("answers 404 for another account's key and 400 for an id that is not one", async () => {
      const stranger = await signUp(platform);
      const theirs = await createKey(platform, stranger);

      expect((await platform.get(`/api/v1/keys/${theirs.id}`, bearer(adminKey))).status).toBe(404);
      expect(
        (await platform.send('DELETE', `/api/v1/keys/${theirs.id}`, { headers: bearer(adminKey) }))
          .status,
      ).toBe(404);
      expect((await platform.get('/api/v1/keys/not-an-id', bearer(adminKey))).status).toBe(400);
      expect((await platform.get(`/api/v1/users/me`, bearer(theirs.key))).status).toBe(200);
    });
  });

  describe('revoking and rolling', () => {
    it('refuses a revoked key at once, on every gateway', async () => {
      const secondGateway = await platform.startSecondGateway();
      const { key, id } = await createKey(platform, owner, { roles: ['read-only'] });
      expect((await platform.get('/api/v1/users/me', bearer(key))).status).toBe(200);
      expect(
        (
          await platform.send('GET', '/api/v1/users/me', {
            headers: bearer(key),
            base: secondGateway,
          })
        ).status,
      ).toBe(200);

      const revoked = await platform.send('DELETE', `/api/v1/keys/${id}`, {
        headers: bearer(adminKey),
      });
      expect(revoked.status).toBe(200);
      expect((await json(revoked)).data.revokedAt).not.toBeNull();

      const refused = await waitFor(
        () =>
          platform.send('GET', '/api/v1/users/me', { headers: bearer(key), base: secondGateway }),
        (response) => response.status === 401,
        { timeoutMs: PROPAGATION_DEADLINE_MS, intervalMs: 20 },
      );
      expect(refused.status).toBe(401);
      expect((await json(refused)).error?.message).toBe('The API key has been revoked.');
      expect((await platform.get('/api/v1/users/me', bearer(key))).status).toBe(401);
    });

    it('rolls a key: the new one works, the old one stops after its grace period', async () => {
      const { key: oldKey, id } = await createKey(platform, owner, { roles: ['read-only'] });
      await platform.get('/api/v1/users/me', bearer(oldKey));

      const rolled = await platform.send('POST', `/api/v1/keys/${id}/roll`, {
        headers: bearer(adminKey),
        body: { gracePeriodDays: 0 },
      });
      const body = await json(rolled);

      expect(rolled.status).toBe(201);
      expect(body.data.key).not.toBe(oldKey);
      expect(body.data.roles).toEqual([expect.objectContaining({ name: 'read-only' })]);
      expect((await platform.get('/api/v1/users/me', bearer(body.data.key))).status).toBe(200);
      const old = await waitFor(
        () => platform.get('/api/v1/users/me', bearer(oldKey)),
        (response) => response.status === 401,
        { timeoutMs: PROPAGATION_DEADLINE_MS, intervalMs: 20 },
      );
      expect(old.status).toBe(401);
      expect(
        (
          await platform.send('POST', `/api/v1/keys/${id}/roll`, {
            headers: bearer(adminKey),
            body: {},
          })
        ).status,
      ).toBe(409);
    });

    it('keeps the old key alive during a grace period and refuses more than 7 days', async () => {
      const { key: oldKey, id } = await createKey(platform, owner, { roles: ['read-only'] });

      const tooLong = await platform.send('POST', `/api/v1/keys/${id}/roll`, {
        headers: bearer(adminKey),
        body: { gracePeriodDays: 8 },
      });
      const rolled = await platform.send('POST', `/api/v1/keys/${id}/roll`, {
        headers: bearer(adminKey),
        body: { gracePeriodDays: 1 },
      });

      expect(tooLong.status).toBe(400);
      expect(rolled.status).toBe(201);
      expect((await platform.get('/api/v1/users/me', bearer(oldKey))).status).toBe(200);
    });
  });

  describe('roles', () => {
    it('lists the built-in roles and creates custom ones', async () => {
      const listed = await json(await platform.get('/api/v1/roles', bearer(adminKey)));
      expect(listed.data.map((role: { name: string }) => role.name)).toEqual(
        expect.arrayContaining(['read-only', 'creators-manager', 'key-admin', 'full-access']),
      );

      const created = await platform.send('POST', '/api/v1/roles', {
        headers: bearer(adminKey),
        body: { name: 'syncer', permissions: ['creators:read', 'creators:sync'] },
      });
      expect(created.status).toBe(201);
      expect((await json(created)).data).toMatchObject({
        name: 'syncer',
        builtIn: false,
        permissions: ['creators:read', 'creators:sync'],
      });

      const duplicate = await platform.send('POST', '/api/v1/roles', {
        headers: bearer(adminKey),
        body: { name: 'syncer', permissions: ['creators:read'] },
      });
      const builtInName = await platform.send('POST', '/api/v1/roles', {
        headers: bearer(adminKey),
        body: { name: 'read-only', permissions: ['creators:read'] },
      });
      const unknownPermission = await platform.send('POST', '/api/v1/roles', {
        headers: bearer(adminKey),
        body: { name: 'x', permissions: ['root'] },
      });
      expect(duplicate.status).toBe(409);
      expect(builtInName.status).toBe(409);
      expect(unknownPermission.status).toBe(400);

      const withCustomRole = await createKey(platform, owner, { roles: ['syncer'] });
      const me = await json(await platform.get('/api/v1/users/me', bearer(withCustomRole.key)));
      expect(me.data.permissions).toEqual(['creators:read', 'creators:sync']);
    });
  });

  describe('dashboard sessions', () => {
    it('needs the CSRF token for writes made with the session cookie', async () => {
      const withoutCsrf = await platform.send('POST', '/api/v1/keys', {
        headers: { cookie: owner.cookie },
        body: {
          name: 'x',
          type: 'secret',
          environment: 'production',
          roles: ['read-only'],
          expiresInDays: 30,
        },
      });
      const read = await platform.send('GET', '/api/v1/keys', {
        headers: { cookie: owner.cookie },
      });

      expect(withoutCsrf.status).toBe(403);
      expect(read.status).toBe(200);
    });

    it('signs in, refuses a wrong password, and slows down repeated failures', async () => {
      const user = await signUp(platform);
      const good = await platform.send('POST', '/api/v1/auth/login', {
        body: { email: user.email, password: user.password },
      });
      expect(good.status).toBe(200);
      expect(
        good.headers.getSetCookie().some((cookie) => /^tally_session=.*HttpOnly/i.test(cookie)),
      ).toBe(true);
      expect(JSON.stringify(await good.json())).not.toMatch(/sessionToken/);

      const statuses: number[] = [];
      for (let attempt = 0; attempt < 6; attempt += 1) {
        const bad = await platform.send('POST', '/api/v1/auth/login', {
          body: { email: user.email, password: 'wrong password!!' },
        });
        statuses.push(bad.status);
        if (bad.status === 429) expect(Number(bad.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    });

    it('ends the session on logout', async () => {
      const user = await signUp(platform);
      expect(
        (await platform.send('GET', '/api/v1/users/me', { headers: { cookie: user.cookie } }))
          .status,
      ).toBe(200);

      const loggedOut = await platform.send('POST', '/api/v1/auth/logout', {
        headers: { cookie: user.cookie, 'x-csrf-token': user.csrfToken },
      });
      expect(loggedOut.status).toBe(200);
      const after = await waitFor(
        () => platform.send('GET', '/api/v1/users/me', { headers: { cookie: user.cookie } }),
        (response) => response.status === 401,
        { timeoutMs: PROPAGATION_DEADLINE_MS, intervalMs: 20 },
      );
      expect(after.status).toBe(401);
    });

    it('refuses a sign-up for an email that exists', async () => {
      const response = await platform.send('POST', '/api/v1/auth/signup', {
        body: { email: owner.email, password: 'another long password', accountName: 'Copy' },
      });
      expect(response.status).toBe(409);
    });
  });

  it('keeps an audit log of key events', async () => {
    const { id } = await createKey(platform, owner, { name: 'audited' });
    await platform.send('DELETE', `/api/v1/keys/${id}`, { headers: bearer(adminKey) });

    const events = await json(
      await platform.get('/api/v1/audit-events?limit=50', bearer(adminKey)),
    );
    const actions = events.data.items
      .filter((event: { target: { id: string } }) => event.target.id === id)
      .map((event: { action: string }) => event.action);
    expect(actions).toEqual(['key.revoked', 'key.created']);
  });
});
