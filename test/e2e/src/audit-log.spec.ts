import type { ApiKeyView, AuditEventView, CreatedApiKey, Page } from '@tally/contracts';
import { waitFor } from '@tally/testing';
import { bearer, createKey, type SignedIn, signUp } from './accounts.js';
import { CreatorsApi, dataOf } from './creators/creators-api.js';
import { Platform } from './platform.js';

interface ErrorBody {
  success: false;
  error: { code: string; details: { field?: string; reason: string }[] };
}

/**
 * The audit log across services: readable actors and targets, keys minted by
 * keys, creator events recorded from the creators service and the sync
 * workers, and the filters with their cursors.
 */
describe('the audit log', () => {
  let platform: Platform;
  let owner: SignedIn;
  let ci: { key: string; id: string };

  beforeAll(async () => {
    platform = await Platform.start({}, { tiktok: true });
    owner = await signUp(platform);
    ci = await createKey(platform, owner, { name: 'CI deploy' });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  async function events(key: string, query = ''): Promise<Page<AuditEventView>> {
    return dataOf(await platform.get(`/api/v1/audit-events${query}`, bearer(key)));
  }

  /** Waits for an event that arrives over NATS after the request that caused it. */
  async function eventFor(key: string, action: string, targetId: string): Promise<AuditEventView> {
    const page = await waitFor(
      () => events(key, `?action=${action}&limit=100`),
      (current) => current.items.some((event) => event.target.id === targetId),
      { timeoutMs: 10_000, intervalMs: 50 },
    );
    const found = page.items.find((event) => event.target.id === targetId);
    if (!found) throw new Error(`no ${action} event for ${targetId}`);
    return found;
  }

  async function mintKey(withKey: string, name: string): Promise<CreatedApiKey> {
    return dataOf(
      await platform.send('POST', '/api/v1/keys', {
        headers: bearer(withKey),
        body: {
          name,
          type: 'secret',
          environment: 'production',
          roles: ['read-only'],
          expiresInDays: 30,
        },
      }),
      201,
    );
  }

  describe('keys', () => {
    it('says which key minted a key, by name and start, in the key and in the audit entry', async () => {
      const minted = await mintKey(ci.key, 'minted by CI');
      const ciStart = ci.key.slice(0, 13);

      const expectedCreator = { type: 'key', id: ci.id, name: 'CI deploy', start: ciStart };
      expect(minted.createdBy).toEqual(expectedCreator);
      const shown: ApiKeyView = await dataOf(
        await platform.get(`/api/v1/keys/${minted.id}`, bearer(ci.key)),
      );
      expect(shown.createdBy).toEqual(expectedCreator);

      const entry = await eventFor(ci.key, 'key.created', minted.id);
      expect(entry.actor).toEqual({
        type: 'secret_key',
        id: ci.id,
        name: `API key 'CI deploy' (${ciStart}…)`,
      });
      expect(entry.target).toEqual({
        type: 'api_key',
        id: minted.id,
        name: `minted by CI (${minted.start}…)`,
      });
    });

    it('says which user created a key from the dashboard, by email', async () => {
      const shown: ApiKeyView = await dataOf(
        await platform.get(`/api/v1/keys/${ci.id}`, bearer(ci.key)),
      );
      expect(shown.createdBy).toMatchObject({ type: 'user', email: owner.email });

      const entry = await eventFor(ci.key, 'key.created', ci.id);
      expect(entry.actor).toMatchObject({ type: 'user', name: owner.email });
    });

    it('keeps the names an event had when the key is revoked afterwards', async () => {
      const other = await createKey(platform, owner, { name: 'short-lived' });
      const minted = await mintKey(other.key, 'child');
      const revoked = await platform.send('DELETE', `/api/v1/keys/${other.id}`, {
        headers: bearer(ci.key),
      });
      expect(revoked.status).toBe(200);

      const entry = await eventFor(ci.key, 'key.created', minted.id);
      expect(entry.actor.name).toBe(`API key 'short-lived' (${other.key.slice(0, 13)}…)`);
      const revocation = await eventFor(ci.key, 'key.revoked', other.id);
      expect(revocation.actor).toMatchObject({ type: 'secret_key', id: ci.id });
      expect(revocation.target.name).toBe(`short-lived (${other.key.slice(0, 13)}…)`);
    });
  });

  describe('creators', () => {
    it('records connecting, a requested sync and its outcome, and disconnecting, by the key that did them', async () => {
      const api = new CreatorsApi(platform, bearer(ci.key));
      const creatorId = await api.connect('maya.bakes');
      await api.finishedSync(creatorId);
      const actor = { type: 'secret_key', id: ci.id, name: expect.stringContaining('CI deploy') };
      const target = { type: 'creator', id: creatorId, name: '@maya.bakes (TikTok)' };

      const connected = await eventFor(ci.key, 'creator.connected', creatorId);
      expect(connected).toMatchObject({ actor, target });
      expect(connected.requestId).toEqual(expect.any(String));

      const sync = await api.send('POST', `/api/v1/creators/${creatorId}/sync`);
      expect([200, 202]).toContain(sync.status);
      const requestId = sync.headers.get('x-request-id');
      const requested = await eventFor(ci.key, 'creator.sync_requested', creatorId);
      expect(requested).toMatchObject({ actor, target, requestId });
      const synced = await eventFor(ci.key, 'creator.synced', creatorId);
      expect(synced).toMatchObject({ actor, target, requestId });
      // The first sync, queued by the connection itself, is not in the log: only the one asked for.
      const allSynced = await events(ci.key, '?action=creator.synced&limit=100');
      expect(allSynced.items.filter((event) => event.target.id === creatorId)).toHaveLength(1);

      const gone = await api.send('DELETE', `/api/v1/creators/${creatorId}`);
      expect(gone.status).toBe(200);
      const disconnected = await eventFor(ci.key, 'creator.disconnected', creatorId);
      expect(disconnected).toMatchObject({
        actor,
        target,
        requestId: gone.headers.get('x-request-id'),
      });
    });
  });

  describe('filters', () => {
    let account: SignedIn;
    let admin: { key: string; id: string };
    let minter: { key: string; id: string };
    const minted: string[] = [];

    beforeAll(async () => {
      account = await signUp(platform);
      admin = await createKey(platform, account, { name: 'admin' });
      minter = await createKey(platform, account, { name: 'minter' });
      for (const name of ['one', 'two', 'three']) minted.push((await mintKey(minter.key, name)).id);
      const revoked = await platform.send('DELETE', `/api/v1/keys/${minted[0]}`, {
        headers: bearer(minter.key),
      });
      expect(revoked.status).toBe(200);
    });

    it('filters by actor', async () => {
      const page = await events(admin.key, `?actor=${minter.id}`);

      expect(page.items.map((event) => event.action)).toEqual([
        'key.revoked',
        'key.created',
        'key.created',
        'key.created',
      ]);
      expect(new Set(page.items.map((event) => event.actor.id))).toEqual(new Set([minter.id]));
    });

    it('filters by the kind of actor', async () => {
      const users = await events(admin.key, '?actorType=user');
      const system = await events(admin.key, '?actorType=system');

      expect(users.items.map((event) => event.action)).toEqual(['key.created', 'key.created']);
      expect(system.items.map((event) => event.action)).toEqual(['account.created']);
      expect(system.items[0].actor).toEqual({ type: 'system', id: null, name: 'Tally' });
      expect(system.items[0].target.name).toBe(account.email);
    });

    it('filters by one action, a list of actions, and a prefix', async () => {
      const revoked = await events(admin.key, '?action=key.revoked');
      const list = await events(admin.key, '?action=key.revoked,account.created');
      const prefix = await events(admin.key, '?action=key.*');

      expect(revoked.items.map((event) => event.target.id)).toEqual([minted[0]]);
      expect(list.items.map((event) => event.action)).toEqual(['key.revoked', 'account.created']);
      expect(prefix.items).toHaveLength(6);
      expect(prefix.items.every((event) => event.action.startsWith('key.'))).toBe(true);
    });

    it('filters by time, both ends included', async () => {
      const all = await events(admin.key, '?action=key.created');
      const times = all.items.map((event) => event.createdAt);
      const [newest, oldest] = [times[0], times[times.length - 1]];

      const window = await events(
        admin.key,
        `?action=key.created&from=${encodeURIComponent(oldest)}&to=${encodeURIComponent(newest)}`,
      );
      const after = await events(admin.key, `?from=${encodeURIComponent(newest)}`);
      const future = await events(admin.key, '?from=2999-01-01');

      expect(window.items).toHaveLength(all.items.length);
      expect(after.items.every((event) => event.createdAt >= newest)).toBe(true);
      expect(future.items).toEqual([]);
    });

    it('pages through a filtered list with its cursors, and refuses them with other filters', async () => {
      const first = await events(admin.key, `?actor=${minter.id}&action=key.created&limit=2`);
      expect(first.items).toHaveLength(2);
      const cursor = encodeURIComponent(first.nextCursor ?? '');

      const second = await events(
        admin.key,
        `?actor=${minter.id}&action=key.created&limit=2&cursor=${cursor}`,
      );
      expect(second.items.map((event) => event.target.id)).toEqual([minted[0]]);
      expect(second.nextCursor).toBeNull();

      const refused = await platform.get(
        `/api/v1/audit-events?action=key.created&limit=2&cursor=${cursor}`,
        bearer(admin.key),
      );
      const body = (await refused.json()) as ErrorBody;
      expect(refused.status).toBe(400);
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.details).toEqual([{ field: 'cursor', reason: 'made for other filters' }]);
    });

    it.each([
      ['actor=not-an-id', 'actor'],
      ['actorType=robot', 'actorType'],
      ['action=key.exploded', 'action'],
      ['action=key.created,', 'action'],
      ['action=%25', 'action'],
      ['from=yesterday', 'from'],
      ['from=2026-W01', 'from'],
      ['to=2026-13-01', 'to'],
      ['from=2026-03-02&to=2026-03-01', 'to'],
      ['colour=blue', 'colour'],
    ])('refuses ?%s with 400 naming the field', async (query, field) => {
      const response = await platform.get(`/api/v1/audit-events?${query}`, bearer(admin.key));
      const body = (await response.json()) as ErrorBody;

      expect(response.status).toBe(400);
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.details.map((detail) => detail.field)).toContain(field);
    });

    it('accepts a date alone as the whole of that day', async () => {
      const [created] = (await events(admin.key, '?actorType=system')).items;
      const day = created.createdAt.slice(0, 10);

      const page = await events(admin.key, `?from=${day}&to=${day}&actorType=system`);

      expect(page.items.map((event) => event.action)).toEqual(['account.created']);
    });
  });
});
