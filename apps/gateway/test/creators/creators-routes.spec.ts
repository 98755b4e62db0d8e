import {
  AppError,
  CreatorsSubjects,
  type Page,
  type PageResult,
  type Principal,
  type ResourceSearchResult,
  type SyncOutcome,
} from '@tally/contracts';
import { randomUUID } from 'node:crypto';
import { bearer, GatewayWithFakes, startGatewayWithFakes } from './gateway-with-fakes.js';
import { creatorProfile, creatorView, statsHistory, syncStatusView, videoView } from './views.js';

const SHOP = 'https://shop.example';
// Short, so that a sync answer after it proves the longer sync timeout.
const NATS_REQUEST_TIMEOUT_MS = 1000;
const SYNC_WAIT_MS = 1000;

interface Envelope<T> {
  success: boolean;
  data: T;
  error: { code: string; message: string; details: { field?: string; reason: string }[] };
}

describe('the creators routes, answered by the creators service over NATS', () => {
  let fakes: GatewayWithFakes;
  let reader: { key: string; principal: Principal };
  let manager: { key: string; principal: Principal };
  let browser: { key: string; principal: Principal };
  const creatorId = randomUUID();

  beforeAll(async () => {
    fakes = await startGatewayWithFakes({
      NATS_REQUEST_TIMEOUT_MS: String(NATS_REQUEST_TIMEOUT_MS),
      SYNC_WAIT_MS: String(SYNC_WAIT_MS),
    });
    reader = fakes.keys.add('secret', ['creators:read']);
    manager = fakes.keys.add('secret', ['creators:read', 'creators:write', 'creators:sync']);
    browser = fakes.keys.add('publishable', ['creators:read'], { allowedOrigins: [SHOP] });
  });

  afterAll(async () => {
    await fakes?.stop();
  });

  async function send<T>(
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    key: string,
    options: { payload?: unknown; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; body: Envelope<T>; headers: Record<string, unknown> }> {
    const response = await fakes.gateway.inject({
      method,
      url,
      headers: { ...bearer(key), ...options.headers },
      ...(options.payload === undefined ? {} : { payload: options.payload as object }),
    });
    return { status: response.statusCode, body: response.json(), headers: response.headers };
  }

  describe('GET /api/v1/creators', () => {
    it('asks for a page with the filters and answers it with cursors', async () => {
      const creator = creatorView();
      fakes.creators.on(CreatorsSubjects.listCreators, {
        items: [creator],
        next: { sortValue: creator.connectedAt, id: creator.id, direction: 'after' },
        prev: null,
      } satisfies PageResult<unknown>);

      const response = await send<Page<unknown>>(
        'GET',
        '/api/v1/creators?limit=1&platform=TIKTOK&externalId=open-id-1',
        reader.key,
      );

      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({
        items: [creator],
        prevCursor: null,
        hasMoreAfter: true,
        hasMoreBefore: false,
      });
      expect(fakes.creators.last(CreatorsSubjects.listCreators)).toEqual({
        principal: reader.principal,
        page: { limit: 1 },
        filter: { platform: 'TIKTOK', externalId: 'open-id-1' },
      });
    });

    it('hands the service the position of a cursor it gave out', async () => {
      const creator = creatorView();
      const position = { sortValue: creator.connectedAt, id: creator.id, direction: 'after' };
      fakes.creators.on(CreatorsSubjects.listCreators, { items: [], next: position, prev: null });
      const first = await send<Page<unknown>>('GET', '/api/v1/creators', reader.key);

      await send('GET', `/api/v1/creators?cursor=${first.body.data.nextCursor}`, reader.key);

      expect(fakes.creators.last(CreatorsSubjects.listCreators)).toMatchObject({
        page: { limit: 20, position },
      });
    });

    it.each(['tiktok', 'TikTok', 'TIKTOK'])(
      'asks for the platform %s in uppercase',
      async (platform) => {
        fakes.creators.on(CreatorsSubjects.listCreators, { items: [], next: null, prev: null });

        const response = await send('GET', `/api/v1/creators?platform=${platform}`, reader.key);

        expect(response.status).toBe(200);
        expect(fakes.creators.last(CreatorsSubjects.listCreators)).toMatchObject({
          filter: { platform: 'TIKTOK' },
        });
      },
    );

    it('refuses an unknown platform before asking the service, naming the allowed ones', async () => {
      const asked = fakes.creators.received.length;

      const response = await send('GET', '/api/v1/creators?platform=myspace', reader.key);

      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({
        code: 'validation_failed',
        message: 'The request is invalid: platform.',
        details: [
          {
            field: 'platform',
            reason: 'platform must be one of: TIKTOK, INSTAGRAM, YOUTUBE (in any letter case)',
          },
        ],
      });
      expect(fakes.creators.received).toHaveLength(asked);
    });

    it.each([
      ['instagram', 'INSTAGRAM'],
      ['YouTube', 'YOUTUBE'],
    ])('lists the creators of %s, asking the service in uppercase', async (platform, asked) => {
      const before = fakes.creators.received.length;

      const response = await send('GET', `/api/v1/creators?platform=${platform}`, reader.key);

      expect(response.status).toBe(200);
      expect(fakes.creators.received).toHaveLength(before + 1);
      expect(JSON.stringify(fakes.creators.received.at(-1))).toContain(`"platform":"${asked}"`);
    });

    it('refuses publishable keys: lists are for servers', async () => {
      const response = await send('GET', '/api/v1/creators', browser.key, {
        headers: { origin: SHOP },
      });

      expect(response.status).toBe(403);
    });
  });

  describe('GET /api/v1/creators/:id/profile', () => {
    it('answers the profile in the envelope, for a publishable key from its origin too', async () => {
      const profile = creatorProfile({ id: creatorId });
      fakes.creators.on(CreatorsSubjects.getProfile, profile);

      const response = await send('GET', `/api/v1/creators/${creatorId}/profile`, browser.key, {
        headers: { origin: SHOP },
      });

      expect(response.status).toBe(200);
      expect(response.body).toEqual({ success: true, data: profile });
      expect(response.headers['access-control-allow-origin']).toBe(SHOP);
      expect(fakes.creators.last(CreatorsSubjects.getProfile)).toEqual({
        principal: browser.principal,
        creatorId,
      });
    });

    it("keeps the code and status of the service's error", async () => {
      fakes.creators.fail(
        CreatorsSubjects.getProfile,
        new AppError('not_found', 'No such creator.'),
      );

      const response = await send('GET', `/api/v1/creators/${creatorId}/profile`, reader.key);

      expect(response.status).toBe(404);
      expect(response.body.error).toMatchObject({ code: 'not_found', message: 'No such creator.' });
    });

    it('refuses an id that is not a UUID', async () => {
      const response = await send('GET', '/api/v1/creators/not-an-id/profile', reader.key);

      expect(response.status).toBe(400);
    });
  });

  describe('GET /api/v1/creators/:id/stats/history', () => {
    it('passes the range on and answers the history', async () => {
      fakes.creators.on(CreatorsSubjects.statsHistory, statsHistory());

      const response = await send(
        'GET',
        `/api/v1/creators/${creatorId}/stats/history?from=2025-01-01&to=2025-01-31T00:00:00Z&limit=5`,
        reader.key,
      );

      expect(response.status).toBe(200);
      expect(response.body.data).toEqual(statsHistory());
      expect(fakes.creators.last(CreatorsSubjects.statsHistory)).toEqual({
        principal: reader.principal,
        creatorId,
        query: { from: '2025-01-01', to: '2025-01-31T00:00:00Z', limit: 5 },
      });
    });

    it('refuses a date that is not ISO 8601', async () => {
      const response = await send(
        'GET',
        `/api/v1/creators/${creatorId}/stats/history?from=yesterday`,
        reader.key,
      );

      expect(response.status).toBe(400);
    });
  });

  describe('GET /api/v1/creators/:id/videos', () => {
    it('answers a page of videos', async () => {
      const video = videoView();
      fakes.creators.on(CreatorsSubjects.listVideos, { items: [video], next: null, prev: null });

      const response = await send(
        'GET',
        `/api/v1/creators/${creatorId}/videos?limit=10`,
        browser.key,
        { headers: { origin: SHOP } },
      );

      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({
        items: [video],
        nextCursor: null,
        prevCursor: null,
        hasMoreAfter: false,
        hasMoreBefore: false,
      });
      expect(fakes.creators.last(CreatorsSubjects.listVideos)).toEqual({
        principal: browser.principal,
        creatorId,
        page: { limit: 10 },
      });
    });
  });

  describe('POST /api/v1/creators/:id/sync', () => {
    it('answers 200 when the sync finished while the service waited', async () => {
      const finished: SyncOutcome = {
        synced: true,
        syncedAt: '2025-01-02T00:00:05.000Z',
        videos: 3,
      };
      fakes.creators.on(CreatorsSubjects.startSync, finished);

      const response = await send('POST', `/api/v1/creators/${creatorId}/sync`, manager.key);

      expect(response.status).toBe(200);
      expect(response.body.data).toEqual(finished);
      expect(fakes.creators.last(CreatorsSubjects.startSync)).toEqual({
        principal: manager.principal,
        creatorId,
        waitMs: SYNC_WAIT_MS,
      });
    });

    it('answers 202 when the sync is still queued or running', async () => {
      const pending: SyncOutcome = { synced: false, jobId: 'job-7', status: 'running' };
      fakes.creators.on(CreatorsSubjects.startSync, pending);

      const response = await send('POST', `/api/v1/creators/${creatorId}/sync`, manager.key);

      expect(response.status).toBe(202);
      expect(response.body).toEqual({ success: true, data: pending });
    });

    it('waits for the service as long as it may wait for the sync, and then some', async () => {
      fakes.creators.on(CreatorsSubjects.startSync, async () => {
        await new Promise((resolve) => setTimeout(resolve, NATS_REQUEST_TIMEOUT_MS + 300));
        return { synced: false, jobId: 'job-8', status: 'running' };
      });

      const response = await send('POST', `/api/v1/creators/${creatorId}/sync`, manager.key);

      expect(response.status).toBe(202);
    });

    it('needs creators:sync', async () => {
      const response = await send('POST', `/api/v1/creators/${creatorId}/sync`, reader.key);

      expect(response.status).toBe(403);
    });
  });

  describe('GET /api/v1/creators/:id/sync', () => {
    it("answers the creator's last sync", async () => {
      fakes.creators.on(CreatorsSubjects.syncStatus, syncStatusView(creatorId));

      const response = await send('GET', `/api/v1/creators/${creatorId}/sync`, reader.key);

      expect(response.status).toBe(200);
      expect(response.body.data).toEqual(syncStatusView(creatorId));
      expect(fakes.creators.last(CreatorsSubjects.syncStatus)).toEqual({
        principal: reader.principal,
        creatorId,
      });
    });
  });

  describe('DELETE /api/v1/creators/:id', () => {
    it('answers what the service disconnected', async () => {
      fakes.creators.on(CreatorsSubjects.disconnect, {
        disconnected: true,
        revokedUpstream: false,
      });

      const response = await send('DELETE', `/api/v1/creators/${creatorId}`, manager.key);

      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({ disconnected: true, revokedUpstream: false });
      expect(fakes.creators.last(CreatorsSubjects.disconnect)).toEqual({
        principal: manager.principal,
        creatorId,
      });
    });

    it('needs creators:write', async () => {
      const response = await send('DELETE', `/api/v1/creators/${creatorId}`, reader.key);

      expect(response.status).toBe(403);
    });
  });

  describe('POST /api/v1/resources/search', () => {
    const lookup = { platform: 'tiktok', type: 'account', identifier: '@dancer' };

    it('passes the lookups on with their platform in uppercase and answers what was found', async () => {
      const result: ResourceSearchResult = {
        results: [
          {
            ...lookup,
            platform: 'TIKTOK',
            type: 'account',
            status: 'not_found',
            found: false,
            reason: 'not_connected',
          },
          {
            ...lookup,
            platform: 'TIKTOK',
            type: 'account',
            status: 'not_found',
            found: false,
            reason: 'not_connected',
          },
        ],
      };
      fakes.creators.on(CreatorsSubjects.searchResources, result);

      const response = await send('POST', '/api/v1/resources/search', reader.key, {
        payload: { resources: [lookup, { ...lookup, platform: 'TikTok' }] },
      });

      expect(response.status).toBe(200);
      expect(response.body.data).toEqual(result);
      expect(fakes.creators.last(CreatorsSubjects.searchResources)).toEqual({
        principal: reader.principal,
        input: {
          resources: [
            { ...lookup, platform: 'TIKTOK' },
            { ...lookup, platform: 'TIKTOK' },
          ],
        },
      });
    });

    it('passes lookups on every platform to the service, in uppercase', async () => {
      const before = fakes.creators.received.length;

      const response = await send('POST', '/api/v1/resources/search', reader.key, {
        payload: {
          resources: [
            { ...lookup, platform: 'instagram' },
            { ...lookup, platform: 'YouTube' },
          ],
        },
      });

      expect(response.status).toBe(200);
      expect(fakes.creators.received).toHaveLength(before + 1);
      const sent = JSON.stringify(fakes.creators.received.at(-1));
      expect(sent).toContain('"platform":"INSTAGRAM"');
      expect(sent).toContain('"platform":"YOUTUBE"');
    });

    it('refuses an unknown field inside a lookup, naming it', async () => {
      const response = await send('POST', '/api/v1/resources/search', reader.key, {
        payload: { resources: [lookup, { ...lookup, extra: true }] },
      });

      expect(response.status).toBe(400);
      expect(response.body.error.details).toEqual([
        { field: 'resources[1].extra', reason: 'resources[1].extra is not a known field' },
      ]);
    });

    it('refuses a lookup with a wrong type, naming its field and the allowed values', async () => {
      const response = await send('POST', '/api/v1/resources/search', reader.key, {
        payload: { resources: [{ ...lookup, type: 'playlist' }] },
      });

      expect(response.status).toBe(400);
      expect(response.body.error.details).toEqual([
        { field: 'resources[0].type', reason: 'resources[0].type must be one of: account, video' },
      ]);
    });

    it('refuses lookups that are not objects', async () => {
      const response = await send('POST', '/api/v1/resources/search', reader.key, {
        payload: { resources: ['@dancer'] },
      });

      expect(response.status).toBe(400);
    });
  });

  describe('when the creators service is down', () => {
    it('answers 503 naming the service', async () => {
      await fakes.stopCreators();

      const response = await send('GET', `/api/v1/creators/${creatorId}/sync`, reader.key);

      expect(response.status).toBe(503);
      expect(response.body.error).toMatchObject({
        code: 'service_unavailable',
        details: [{ service: 'creators', reason: 'no_responders' }],
      });
    });
  });
});
