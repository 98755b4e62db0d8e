import { MAX_CREDENTIAL_METADATA_BYTES } from '@tally/contracts';
import { waitFor } from '@tally/testing';
import { randomUUID } from 'node:crypto';
import { asSession, bearer, createKey, createServiceUser, SignedIn, signUp } from './accounts.js';
import { Platform } from './platform.js';

// Disabling a user reaches every gateway within a second; a busy machine may
// take longer to carry the requests that check it. The periodic resync is
// slowed to its slowest here, so that only identity's event can make the
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

const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

/** A metadata object whose JSON is exactly `bytes` long. */
function metadataOf(bytes: number): Record<string, string> {
  const overhead = JSON.stringify({ note: '' }).length;
  return { note: 'x'.repeat(bytes - overhead) };
}

describe('service users through the gateway', () => {
  let platform: Platform;
  let secondGateway: string;
  let owner: SignedIn;
  let adminKey: string;

  beforeAll(async () => {
    platform = await Platform.start({
      NATS_REQUEST_TIMEOUT_MS: '3000',
      REVOCATION_RESYNC_MS: SLOWEST_RESYNC_MS,
    });
    secondGateway = await platform.startSecondGateway();
    owner = await signUp(platform);
    adminKey = (await createKey(platform, owner, { name: 'admin' })).key;
  });

  afterAll(async () => {
    await platform?.stop();
  });

  const onGateway = (base: string, key: string) =>
    platform.send('GET', '/api/v1/users/me', { headers: bearer(key), base });

  /** Polls a key on one gateway until it answers with `status`. */
  const answersWith = (base: string, key: string, status: number) =>
    waitFor(
      () => onGateway(base, key),
      (response) => response.status === status,
      { timeoutMs: PROPAGATION_DEADLINE_MS, intervalMs: 20 },
    );

  const patch = (path: string, body: unknown, key = adminKey) =>
    platform.send('PATCH', path, { headers: bearer(key), body });

  function token(client: { clientId: string; clientSecret: string }) {
    return fetch(`${platform.gatewayUrl}/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: basic(client.clientId, client.clientSecret),
      },
      body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
    });
  }

  async function clientOf(ownerUserId: string) {
    const response = await platform.send('POST', '/api/v1/oauth-clients', {
      headers: bearer(adminKey),
      body: {
        name: 'reporting robot',
        roles: ['read-only'],
        environment: 'production',
        ownerUserId,
      },
    });
    expect(response.status).toBe(201);
    return (await json(response)).data as {
      id: string;
      clientId: string;
      clientSecret: string;
      owner: { id: string; kind: string };
    };
  }

  it('creates, lists and reads service users', async () => {
    const created = await platform.send('POST', '/api/v1/service-users', {
      headers: bearer(adminKey),
      body: { name: 'nightly-export', description: 'Exports creators every night' },
    });
    expect(created.status).toBe(201);
    const robot = (await json(created)).data;
    expect(robot).toMatchObject({
      name: 'nightly-export',
      description: 'Exports creators every night',
      enabled: true,
      disabledAt: null,
      activeKeys: 0,
      activeOAuthClients: 0,
    });

    const duplicate = await platform.send('POST', '/api/v1/service-users', {
      headers: bearer(adminKey),
      body: { name: 'nightly-export' },
    });
    const listed = await json(await platform.get('/api/v1/service-users', bearer(adminKey)));
    const one = await platform.get(`/api/v1/service-users/${robot.id}`, bearer(adminKey));

    expect(duplicate.status).toBe(409);
    expect(listed.data.items.map((item: { id: string }) => item.id)).toContain(robot.id);
    expect(one.status).toBe(200);
    expect((await json(one)).data).toEqual(robot);
  });

  describe('keys of a service user', () => {
    it('creates a key it owns, within the permissions of its creator only', async () => {
      const robot = await createServiceUser(platform, bearer(adminKey));
      const role = `key-writer-${randomUUID().slice(0, 8)}`;
      const createdRole = await platform.send('POST', '/api/v1/roles', {
        headers: bearer(adminKey),
        body: { name: role, permissions: ['keys:write', 'creators:read'] },
      });
      expect(createdRole.status).toBe(201);
      const keyWriter = (await createKey(platform, owner, { name: 'key writer', roles: [role] }))
        .key;
      const key = {
        name: 'robot key',
        type: 'secret',
        environment: 'production',
        expiresInDays: 30,
        ownerUserId: robot,
      };

      const within = await platform.send('POST', '/api/v1/keys', {
        headers: bearer(keyWriter),
        body: { ...key, roles: ['read-only'] },
      });
      const beyond = await platform.send('POST', '/api/v1/keys', {
        headers: bearer(keyWriter),
        body: { ...key, roles: ['creators-manager'] },
      });

      expect(within.status).toBe(201);
      const created = (await json(within)).data;
      expect(created.owner).toMatchObject({ id: robot, kind: 'service', enabled: true });
      expect(created.permissions).toEqual(['creators:read']);
      expect(beyond.status).toBe(403);
      expect((await json(beyond)).error?.code).toBe('insufficient_scope');
      const me = await json(await platform.get('/api/v1/users/me', bearer(created.key)));
      expect(me.data.credential).toMatchObject({
        type: 'secret_key',
        id: created.id,
        owner: { id: robot, kind: 'service' },
      });
    });

    it('lists only the keys of the owner asked for', async () => {
      const robot = await createServiceUser(platform, bearer(adminKey));
      const first = await createKey(platform, owner, { roles: ['read-only'], ownerUserId: robot });
      const second = await createKey(platform, owner, { roles: ['read-only'], ownerUserId: robot });
      await createKey(platform, owner, { roles: ['read-only'] });

      const listed = await platform.get(
        `/api/v1/keys?ownerUserId=${robot}&limit=100`,
        bearer(adminKey),
      );
      const unknownOwner = await json(
        await platform.get(`/api/v1/keys?ownerUserId=${randomUUID()}`, bearer(adminKey)),
      );
      const notAnId = await platform.get('/api/v1/keys?ownerUserId=robot', bearer(adminKey));

      expect(listed.status).toBe(200);
      const items = (await json(listed)).data.items as { id: string; owner: { id: string } }[];
      expect(items.map((item) => item.id)).toEqual([second.id, first.id]);
      expect(items.every((item) => item.owner.id === robot)).toBe(true);
      expect(unknownOwner.data.items).toEqual([]);
      expect(notAnId.status).toBe(400);
    });

    it('pauses a key: 401 key_disabled, without revoking it', async () => {
      const { key, id } = await createKey(platform, owner, { roles: ['read-only'] });
      expect((await platform.get('/api/v1/users/me', bearer(key))).status).toBe(200);

      const paused = await patch(`/api/v1/keys/${id}`, { enabled: false });
      expect(paused.status).toBe(200);
      expect((await json(paused)).data).toMatchObject({ id, enabled: false, revokedAt: null });
      const refused = await answersWith(platform.gatewayUrl, key, 401);
      expect(refused.status).toBe(401);
      expect((await json(refused)).error?.code).toBe('key_disabled');
      const events = await json(
        await platform.get('/api/v1/audit-events?action=key.disabled', bearer(adminKey)),
      );
      expect(
        events.data.items.map((event: { target: { id: string } }) => event.target.id),
      ).toContain(id);
    });

    it('enables a paused key again: it works on every gateway within a second', async () => {
      const { key, id } = await createKey(platform, owner, { roles: ['read-only'] });
      await patch(`/api/v1/keys/${id}`, { enabled: false });
      for (const gateway of [platform.gatewayUrl, secondGateway])
        expect((await answersWith(gateway, key, 401)).status).toBe(401);

      const enabled = await patch(`/api/v1/keys/${id}`, { enabled: true });
      expect(enabled.status).toBe(200);
      expect((await json(enabled)).data).toMatchObject({ enabled: true, disabledAt: null });
      for (const gateway of [secondGateway, platform.gatewayUrl])
        expect((await answersWith(gateway, key, 200)).status).toBe(200);
    });

    it('refuses to change a revoked key, and an empty change', async () => {
      const { id } = await createKey(platform, owner, { roles: ['read-only'] });
      const empty = await patch(`/api/v1/keys/${id}`, {});
      await platform.send('DELETE', `/api/v1/keys/${id}`, { headers: bearer(adminKey) });
      const revoked = await patch(`/api/v1/keys/${id}`, { enabled: true });
      const unknown = await patch(`/api/v1/keys/${randomUUID()}`, { name: 'x' });

      expect(empty.status).toBe(400);
      expect(revoked.status).toBe(409);
      expect(unknown.status).toBe(404);
    });
  });

  describe('metadata', () => {
    it('keeps metadata set at creation and replaced by PATCH, in /users/me and the list', async () => {
      const robot = await createServiceUser(platform, bearer(adminKey));
      const { key, id } = await createKey(platform, owner, {
        roles: ['read-only'],
        ownerUserId: robot,
        metadata: { team: 'billing', rack: 7 },
      });

      const me = await json(await platform.get('/api/v1/users/me', bearer(key)));
      expect(me.data.credential).toMatchObject({
        id,
        name: 'test key',
        metadata: { team: 'billing', rack: 7 },
      });

      const changed = await patch(`/api/v1/keys/${id}`, {
        name: 'renamed',
        metadata: { team: 'ops', tags: ['a', 'b'] },
      });
      expect(changed.status).toBe(200);
      expect((await json(changed)).data).toMatchObject({
        name: 'renamed',
        metadata: { team: 'ops', tags: ['a', 'b'] },
      });
      const listed = await json(
        await platform.get(`/api/v1/keys?ownerUserId=${robot}`, bearer(adminKey)),
      );
      expect(listed.data.items).toEqual([
        expect.objectContaining({
          id,
          name: 'renamed',
          metadata: { team: 'ops', tags: ['a', 'b'] },
        }),
      ]);
      const seen = await waitFor(
        async () => (await json(await platform.get('/api/v1/users/me', bearer(key)))).data,
        (data) => data?.credential?.metadata?.team === 'ops',
        { timeoutMs: PROPAGATION_DEADLINE_MS, intervalMs: 50 },
      );
      expect(seen.credential).toMatchObject({
        name: 'renamed',
        metadata: { team: 'ops', tags: ['a', 'b'] },
      });
    });

    it(`takes ${MAX_CREDENTIAL_METADATA_BYTES} bytes of metadata and refuses one more`, async () => {
      const largest = metadataOf(MAX_CREDENTIAL_METADATA_BYTES);
      const tooLarge = metadataOf(MAX_CREDENTIAL_METADATA_BYTES + 1);
      expect(Buffer.byteLength(JSON.stringify(tooLarge))).toBe(MAX_CREDENTIAL_METADATA_BYTES + 1);
      const key = {
        name: 'big',
        type: 'secret',
        environment: 'production',
        roles: ['read-only'],
        expiresInDays: 30,
      };

      const fits = await platform.send('POST', '/api/v1/keys', {
        headers: bearer(adminKey),
        body: { ...key, metadata: largest },
      });
      const overCreate = await platform.send('POST', '/api/v1/keys', {
        headers: bearer(adminKey),
        body: { ...key, metadata: tooLarge },
      });
      const { id } = (await json(fits)).data;
      const overPatch = await patch(`/api/v1/keys/${id}`, { metadata: tooLarge });
      const notAnObject = await patch(`/api/v1/keys/${id}`, { metadata: ['a'] });

      expect(fits.status).toBe(201);
      expect(overCreate.status).toBe(400);
      expect((await json(overCreate)).error?.details.map((detail) => detail.field)).toEqual([
        'metadata',
      ]);
      expect(overPatch.status).toBe(400);
      expect((await json(overPatch)).error?.code).toBe('validation_failed');
      expect(notAnObject.status).toBe(400);
    });
  });

  describe('disabling and deleting', () => {
    it('refuses the keys of a disabled service user on every gateway, and says so in the audit log', async () => {
      const robot = await createServiceUser(platform, bearer(adminKey));
      const { key } = await createKey(platform, owner, {
        roles: ['read-only'],
        ownerUserId: robot,
      });
      for (const gateway of [platform.gatewayUrl, secondGateway])
        expect((await onGateway(gateway, key)).status).toBe(200);

      const disabled = await patch(`/api/v1/service-users/${robot}`, { enabled: false });
      expect(disabled.status).toBe(200);
      expect((await json(disabled)).data).toMatchObject({ id: robot, enabled: false });

      for (const gateway of [secondGateway, platform.gatewayUrl]) {
        const refused = await answersWith(gateway, key, 401);
        expect(refused.status).toBe(401);
        expect((await json(refused)).error?.code).toBe('key_disabled');
      }
      const events = await json(
        await platform.get('/api/v1/audit-events?action=service_user.disabled', bearer(adminKey)),
      );
      expect(events.data.items).toContainEqual(
        expect.objectContaining({
          action: 'service_user.disabled',
          target: expect.objectContaining({ id: robot }),
        }),
      );
      const creating = await platform.send('POST', '/api/v1/keys', {
        headers: bearer(adminKey),
        body: {
          name: 'x',
          type: 'secret',
          environment: 'production',
          roles: ['read-only'],
          expiresInDays: 30,
          ownerUserId: robot,
        },
      });
      expect(creating.status).toBe(409);
    });

    it('restores the keys of a service user enabled again, on every gateway', async () => {
      const robot = await createServiceUser(platform, bearer(adminKey));
      const { key } = await createKey(platform, owner, {
        roles: ['read-only'],
        ownerUserId: robot,
      });
      await patch(`/api/v1/service-users/${robot}`, { enabled: false });
      for (const gateway of [platform.gatewayUrl, secondGateway])
        expect((await answersWith(gateway, key, 401)).status).toBe(401);

      const enabled = await patch(`/api/v1/service-users/${robot}`, { enabled: true });
      expect(enabled.status).toBe(200);
      expect((await json(enabled)).data).toMatchObject({ enabled: true, disabledAt: null });
      for (const gateway of [secondGateway, platform.gatewayUrl])
        expect((await answersWith(gateway, key, 200)).status).toBe(200);
      const events = await json(
        await platform.get('/api/v1/audit-events?action=service_user.enabled', bearer(adminKey)),
      );
      expect(
        events.data.items.map((event: { target: { id: string } }) => event.target.id),
      ).toContain(robot);
    });

    it('keeps a paused key paused when its service user is enabled again', async () => {
      const robot = await createServiceUser(platform, bearer(adminKey));
      const { key, id } = await createKey(platform, owner, {
        roles: ['read-only'],
        ownerUserId: robot,
      });
      await patch(`/api/v1/keys/${id}`, { enabled: false });
      await patch(`/api/v1/service-users/${robot}`, { enabled: false });

      await patch(`/api/v1/service-users/${robot}`, { enabled: true });
      const answer = await answersWith(platform.gatewayUrl, key, 401);

      expect(answer.status).toBe(401);
      expect((await json(answer)).error?.code).toBe('key_disabled');
    });

    it('gives no token to the OAuth client of a disabled service user and refuses its earlier tokens', async () => {
      const robot = await createServiceUser(platform, bearer(adminKey));
      const client = await clientOf(robot);
      expect(client.owner).toMatchObject({ id: robot, kind: 'service' });
      const issued = await token(client);
      expect(issued.status).toBe(200);
      const earlier = ((await issued.json()) as { access_token: string }).access_token;
      expect((await onGateway(secondGateway, earlier)).status).toBe(200);

      await patch(`/api/v1/service-users/${robot}`, { enabled: false });

      const refusedToken = await token(client);
      expect(refusedToken.status).toBe(400);
      expect(await refusedToken.json()).toMatchObject({ error: 'unauthorized_client' });
      for (const gateway of [secondGateway, platform.gatewayUrl])
        expect((await answersWith(gateway, earlier, 401)).status).toBe(401);

      await patch(`/api/v1/service-users/${robot}`, { enabled: true });
      // Tokens issued in the second the client was paused stay refused (`iat` has whole
      // seconds): a token issued after it works.
      const fresh = await waitFor(
        async () => {
          const issuedAgain = await token(client);
          if (issuedAgain.status !== 200) return issuedAgain.status;
          const { access_token } = (await issuedAgain.json()) as { access_token: string };
          return (await onGateway(platform.gatewayUrl, access_token)).status;
        },
        (status) => status === 200,
        { timeoutMs: PROPAGATION_DEADLINE_MS, intervalMs: 100 },
      );
      expect(fresh).toBe(200);
    });

    it('revokes the keys and OAuth clients of a deleted service user', async () => {
      const robot = await createServiceUser(platform, bearer(adminKey));
      const { key, id } = await createKey(platform, owner, {
        roles: ['read-only'],
        ownerUserId: robot,
      });
      const client = await clientOf(robot);
      expect((await onGateway(secondGateway, key)).status).toBe(200);

      const deleted = await platform.send('DELETE', `/api/v1/service-users/${robot}`, {
        headers: bearer(adminKey),
      });
      expect(deleted.status).toBe(200);
      expect((await json(deleted)).data).toEqual({
        deleted: true,
        keysRevoked: 1,
        oauthClientsRevoked: 1,
      });

      for (const gateway of [secondGateway, platform.gatewayUrl]) {
        const refused = await answersWith(gateway, key, 401);
        expect((await json(refused)).error?.message).toBe('The API key has been revoked.');
      }
      expect(
        (await json(await platform.get(`/api/v1/keys/${id}`, bearer(adminKey)))).data.revokedAt,
      ).not.toBeNull();
      const clients = await json(
        await platform.get('/api/v1/oauth-clients?limit=100', bearer(adminKey)),
      );
      expect(
        clients.data.items.find((item: { id: string }) => item.id === client.id)?.revokedAt,
      ).not.toBeNull();
      expect((await token(client)).status).toBe(401);
      expect((await platform.get(`/api/v1/service-users/${robot}`, bearer(adminKey))).status).toBe(
        404,
      );
      const events = await json(
        await platform.get('/api/v1/audit-events?action=service_user.deleted', bearer(adminKey)),
      );
      expect(
        events.data.items.map((event: { target: { id: string } }) => event.target.id),
      ).toContain(robot);
    });
  });

  describe('bad input', () => {
    it("answers 404 for an unknown service user and another account's, 400 for bad bodies", async () => {
      const stranger = await signUp(platform);
      const theirs = await createServiceUser(platform, asSession(stranger));
      const unknown = randomUUID();

      const answers = await Promise.all([
        platform.get(`/api/v1/service-users/${unknown}`, bearer(adminKey)),
        platform.get(`/api/v1/service-users/${theirs}`, bearer(adminKey)),
        patch(`/api/v1/service-users/${theirs}`, { enabled: false }),
        platform.send('DELETE', `/api/v1/service-users/${theirs}`, { headers: bearer(adminKey) }),
      ]);
      const emptyPatch = await patch(`/api/v1/service-users/${unknown}`, {});
      const noName = await platform.send('POST', '/api/v1/service-users', {
        headers: bearer(adminKey),
        body: { description: 'x' },
      });
      const theirsAsOwner = await platform.send('POST', '/api/v1/keys', {
        headers: bearer(adminKey),
        body: {
          name: 'x',
          type: 'secret',
          environment: 'production',
          roles: ['read-only'],
          expiresInDays: 30,
          ownerUserId: theirs,
        },
      });
      const huge = await platform.get('/api/v1/service-users?limit=1000', bearer(adminKey));

      expect(answers.map((response) => response.status)).toEqual([404, 404, 404, 404]);
      expect(emptyPatch.status).toBe(400);
      expect(noName.status).toBe(400);
      expect(theirsAsOwner.status).toBe(400);
      expect((await json(theirsAsOwner)).error?.details.map((detail) => detail.field)).toEqual([
        'ownerUserId',
      ]);
      expect(huge.status).toBe(400);
      const stillThere = await platform.get(`/api/v1/service-users/${theirs}`, {
        cookie: stranger.cookie,
      });
      expect((await json(stillThere)).data).toMatchObject({ id: theirs, enabled: true });
    });
  });
});
