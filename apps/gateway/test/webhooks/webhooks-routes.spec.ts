import {
  AppError,
  type Page,
  type PageResult,
  type Permission,
  type Principal,
  WebhooksSubjects,
} from '@tally/contracts';
import { randomUUID } from 'node:crypto';
import { bearer } from '../creators/gateway-with-fakes.js';
import {
  type GatewayWithFakeWebhooks,
  startGatewayWithFakeWebhooks,
} from './gateway-with-fake-webhooks.js';
import { createdEndpoint, deliveryView, endpointView } from './views.js';

interface Envelope<T> {
  success: boolean;
  data: T;
  error: { code: string; message: string; details: { field?: string; reason: string }[] };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

const BASE = '/api/v1/webhook-endpoints';

describe('the webhook endpoint routes, answered by the webhooks service over NATS', () => {
  let fakes: GatewayWithFakeWebhooks;
  let admin: { key: string; principal: Principal };
  let reader: { key: string; principal: Principal };
  let outsider: { key: string; principal: Principal };
  const id = randomUUID();

  beforeAll(async () => {
    fakes = await startGatewayWithFakeWebhooks();
    admin = fakes.keys.add('secret', ['webhooks:read', 'webhooks:write']);
    reader = fakes.keys.add('secret', ['webhooks:read']);
    outsider = fakes.keys.add('secret', ['creators:read', 'creators:write', 'keys:write']);
  });

  afterAll(async () => {
    await fakes?.stop();
  });

  async function send<T>(
    method: Method,
    url: string,
    key: string,
    payload?: unknown,
  ): Promise<{ status: number; body: Envelope<T> }> {
    const response = await fakes.gateway.inject({
      method,
      url,
      headers: bearer(key),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return { status: response.statusCode, body: response.json() };
  }

  describe('POST /api/v1/webhook-endpoints', () => {
    it('creates the endpoint: 201 with the secret, the input handed to the service', async () => {
      const created = createdEndpoint();
      fakes.webhooks.on(WebhooksSubjects.createEndpoint, created);
      const input = { url: 'https://hooks.example.com/tally', events: ['creator.synced'] };

      const response = await send('POST', BASE, admin.key, input);

      expect(response.status).toBe(201);
      expect(response.body).toEqual({ success: true, data: created });
      expect(fakes.webhooks.last(WebhooksSubjects.createEndpoint)).toEqual({
        principal: admin.principal,
        input,
      });
    });

    it('refuses an invalid body before asking the service, naming each field', async () => {
      const asked = fakes.webhooks.received.length;

      const response = await send('POST', BASE, admin.key, {
        url: '',
        events: ['creator.exploded'],
        secret: 'mine',
      });

      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      const fields = response.body.error.details.map((detail) => detail.field);
      expect(fields).toEqual(expect.arrayContaining(['url', 'events[0]']));
      expect(fakes.webhooks.received).toHaveLength(asked);
    });

    it('passes on a refused url as a 400 naming it', async () => {
      fakes.webhooks.fail(
        WebhooksSubjects.createEndpoint,
        new AppError('validation_failed', 'The url is refused: the URL must use https.', [
          { field: 'url', reason: 'the URL must use https' },
        ]),
      );

      const response = await send('POST', BASE, admin.key, {
        url: 'http://hooks.example.com',
        events: ['*'],
      });

      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({
        code: 'validation_failed',
        details: [{ field: 'url', reason: 'the URL must use https' }],
      });
    });

    it('passes on the endpoint limit as a 409', async () => {
      fakes.webhooks.fail(
        WebhooksSubjects.createEndpoint,
        new AppError('conflict', 'An account has at most 20 webhook endpoints: delete one first.'),
      );

      const response = await send('POST', BASE, admin.key, {
        url: 'https://hooks.example.com',
        events: ['*'],
      });

      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('conflict');
    });
  });

  describe('GET /api/v1/webhook-endpoints', () => {
    it('answers a page with cursors, and hands back the position of a cursor', async () => {
      const endpoint = endpointView();
      const position = {
        sortValue: endpoint.createdAt,
        id: endpoint.id,
        direction: 'after' as const,
      };
      fakes.webhooks.on(WebhooksSubjects.listEndpoints, {
        items: [endpoint],
        next: position,
        prev: null,
      } satisfies PageResult<unknown>);

      const first = await send<Page<unknown>>('GET', `${BASE}?limit=1`, reader.key);
      await send('GET', `${BASE}?cursor=${first.body.data.nextCursor}`, reader.key);

      expect(first.status).toBe(200);
      expect(first.body.data).toMatchObject({
        items: [endpoint],
        prevCursor: null,
        hasMoreAfter: true,
        hasMoreBefore: false,
      });
      expect(fakes.webhooks.last(WebhooksSubjects.listEndpoints)).toEqual({
        principal: reader.principal,
        page: { limit: 20, position },
      });
    });
  });

  describe('one endpoint', () => {
    it('gets it', async () => {
      const endpoint = endpointView({ id });
      fakes.webhooks.on(WebhooksSubjects.getEndpoint, endpoint);

      const response = await send('GET', `${BASE}/${id.toUpperCase()}`, reader.key);

      expect(response).toEqual({ status: 200, body: { success: true, data: endpoint } });
      expect(fakes.webhooks.last(WebhooksSubjects.getEndpoint)).toEqual({
        principal: reader.principal,
        endpointId: id,
      });
    });

    it('passes on not_found as a 404', async () => {
      fakes.webhooks.fail(
        WebhooksSubjects.getEndpoint,
        new AppError('not_found', 'No webhook endpoint with this id in your account.'),
      );

      const response = await send('GET', `${BASE}/${randomUUID()}`, reader.key);

      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    });

    it('refuses an id that is not a UUID', async () => {
      const response = await send('GET', `${BASE}/not-an-id`, reader.key);

      expect(response.status).toBe(400);
      expect(response.body.error.details).toEqual([{ field: 'id', reason: 'must be a UUID' }]);
    });

    it('changes it with PATCH', async () => {
      const endpoint = endpointView({ id, enabled: false });
      fakes.webhooks.on(WebhooksSubjects.updateEndpoint, endpoint);

      const response = await send('PATCH', `${BASE}/${id}`, admin.key, {
        enabled: false,
        description: null,
      });

      expect(response).toEqual({ status: 200, body: { success: true, data: endpoint } });
      expect(fakes.webhooks.last(WebhooksSubjects.updateEndpoint)).toEqual({
        principal: admin.principal,
        endpointId: id,
        input: { enabled: false, description: null },
      });
    });

    it('deletes it', async () => {
      fakes.webhooks.on(WebhooksSubjects.deleteEndpoint, { deleted: true });

      const response = await send('DELETE', `${BASE}/${id}`, admin.key);

      expect(response).toEqual({ status: 200, body: { success: true, data: { deleted: true } } });
    });

    it('rotates its secret, with 24 hours of grace when no body says otherwise', async () => {
      const rotated = { secret: 'whsec_new', previousSecretExpiresAt: '2026-01-02T00:00:00.000Z' };
      fakes.webhooks.on(WebhooksSubjects.rotateSecret, rotated);

      const response = await send('POST', `${BASE}/${id}/rotate-secret`, admin.key);

      expect(response).toEqual({ status: 200, body: { success: true, data: rotated } });
      expect(fakes.webhooks.last(WebhooksSubjects.rotateSecret)).toMatchObject({
        input: { graceHours: 24 },
      });
    });

    it.each([-1, 73, 1.5])('refuses a grace of %s hours', async (graceHours) => {
      const response = await send('POST', `${BASE}/${id}/rotate-secret`, admin.key, {
        graceHours,
      });

      expect(response.status).toBe(400);
      expect(response.body.error.details.map((detail) => detail.field)).toEqual(['graceHours']);
    });

    it('sends a test event: 202 with the event and delivery', async () => {
      const sent = { eventId: randomUUID(), deliveryId: randomUUID() };
      fakes.webhooks.on(WebhooksSubjects.sendTest, sent);

      const response = await send('POST', `${BASE}/${id}/test`, admin.key);

      expect(response).toEqual({ status: 202, body: { success: true, data: sent } });
      expect(fakes.webhooks.last(WebhooksSubjects.sendTest)).toEqual({
        principal: admin.principal,
        endpointId: id,
      });
    });
  });

  describe('deliveries', () => {
    it('lists them page by page', async () => {
      const delivery = deliveryView();
      fakes.webhooks.on(WebhooksSubjects.listDeliveries, {
        items: [delivery],
        next: null,
        prev: null,
      });

      const response = await send<Page<unknown>>(
        'GET',
        `${BASE}/${id}/deliveries?limit=5`,
        reader.key,
      );

      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({ items: [delivery], nextCursor: null });
      expect(fakes.webhooks.last(WebhooksSubjects.listDeliveries)).toEqual({
        principal: reader.principal,
        endpointId: id,
        page: { limit: 5 },
      });
    });

    it('retries one: 202 with the delivery', async () => {
      const delivery = deliveryView({ attempts: 0 });
      fakes.webhooks.on(WebhooksSubjects.retryDelivery, delivery);

      const response = await send(
        'POST',
        `${BASE}/${id}/deliveries/${delivery.id}/retry`,
        admin.key,
      );

      expect(response).toEqual({ status: 202, body: { success: true, data: delivery } });
      expect(fakes.webhooks.last(WebhooksSubjects.retryDelivery)).toEqual({
        principal: admin.principal,
        endpointId: id,
        deliveryId: delivery.id,
      });
    });
  });

  describe('permissions', () => {
    const reads: [Method, string][] = [
      ['GET', BASE],
      ['GET', `${BASE}/${id}`],
      ['GET', `${BASE}/${id}/deliveries`],
    ];
    const writes: [Method, string, unknown][] = [
      ['POST', BASE, { url: 'https://hooks.example.com', events: ['*'] }],
      ['PATCH', `${BASE}/${id}`, { enabled: true }],
      ['DELETE', `${BASE}/${id}`, undefined],
      ['POST', `${BASE}/${id}/rotate-secret`, { graceHours: 1 }],
      ['POST', `${BASE}/${id}/test`, undefined],
      ['POST', `${BASE}/${id}/deliveries/${randomUUID()}/retry`, undefined],
    ];

    async function refused(method: Method, url: string, key: string, payload?: unknown) {
      const asked = fakes.webhooks.received.length;
      const response = await send(method, url, key, payload);
      return { response, asked: fakes.webhooks.received.length - asked };
    }

    it.each(reads)('%s %s needs webhooks:read', async (method, url) => {
      const { response, asked } = await refused(method, url, outsider.key);

      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('insufficient_scope');
      expect(asked).toBe(0);
    });

    it.each(writes)('%s %s needs webhooks:write', async (method, url, payload) => {
      const { response, asked } = await refused(method, url, reader.key, payload);

      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('insufficient_scope');
      expect(asked).toBe(0);
    });

    it('needs a credential', async () => {
      const response = await fakes.gateway.inject({ method: 'GET', url: BASE });

      expect(response.statusCode).toBe(401);
    });

    it('takes the write permission alone for writes', async () => {
      const writer = fakes.keys.add('secret', ['webhooks:write'] satisfies Permission[]);
      fakes.webhooks.on(WebhooksSubjects.deleteEndpoint, { deleted: true });

      const response = await send('DELETE', `${BASE}/${id}`, writer.key);

      expect(response.status).toBe(200);
    });
  });
});
