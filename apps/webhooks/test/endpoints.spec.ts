import {
  AppError,
  type CreatedWebhookEndpoint,
  type CreateWebhookEndpointInput,
  MAX_WEBHOOK_ENDPOINTS,
  type Principal,
  Queues,
  WebhooksCreateEndpoint,
  WebhooksDeleteEndpoint,
  WebhooksGetEndpoint,
  WebhooksListEndpoints,
  WebhooksRotateSecret,
  WebhooksSendTest,
  WebhooksUpdateEndpoint,
} from '@tally/contracts';
import { QueueFactory, TokenCipher } from '@tally/nest-kit';
import { waitFor } from '@tally/testing';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { principalOf, WebhooksHarness } from './support/webhooks-harness.js';

const HOUR_MS = 3_600_000;
// Nothing listens there: a delivery the worker may try fails and waits for its retry.
const URL = 'http://127.0.0.1:9/hooks';

interface SealedRow {
  secret_key_id: string;
  secret: Buffer;
  previous_secret_key_id: string | null;
  previous_secret: Buffer | null;
  previous_secret_expires_at: Date | null;
}

describe('webhook endpoints, through the webhooks service', () => {
  let harness: WebhooksHarness;
  let cipher: TokenCipher;

  beforeAll(async () => {
    // A prefix of its own, in the shape the configuration takes (tokens, no trailing dot).
    harness = await WebhooksHarness.start({
      NATS_SUBJECT_PREFIX: `test-endpoints-${randomUUID().slice(0, 8)}`,
    });
    cipher = harness.app.get(TokenCipher);
  });

  afterAll(async () => {
    await harness?.stop();
  });

  function create(
    principal: Principal,
    input: Partial<CreateWebhookEndpointInput> = {},
  ): Promise<CreatedWebhookEndpoint> {
    return harness.bus.request(WebhooksCreateEndpoint, {
      principal,
      input: { url: URL, events: ['creator.synced'], ...input },
    });
  }

  async function sealedRow(id: string): Promise<SealedRow> {
    const rows: SealedRow[] = await harness.db.query(
      `SELECT secret_key_id, secret, previous_secret_key_id, previous_secret, previous_secret_expires_at
       FROM webhooks.endpoints WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  async function rejection(promise: Promise<unknown>): Promise<AppError> {
    const error = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
    return error;
  }

  describe('create', () => {
    it('answers the endpoint with its secret, shown this once, and stores the secret sealed', async () => {
      const principal = principalOf();

      const created = await create(principal, {
        events: ['creator.synced', 'creator.connected', 'creator.synced'],
        description: 'CRM sync',
      });

      expect(created).toMatchObject({
        url: URL,
        events: ['creator.synced', 'creator.connected'],
        description: 'CRM sync',
        enabled: true,
        disabledReason: null,
        previousSecretExpiresAt: null,
      });
      expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
      expect(Buffer.from(created.secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
      expect(created.secretStart).toBe(created.secret.slice(0, 12));
      const row = await sealedRow(created.id);
      expect(row.secret.toString('utf8')).not.toContain(created.secret);
      expect(cipher.open({ keyId: row.secret_key_id, sealed: row.secret }, created.id)).toBe(
        created.secret,
      );
    });

    it('creates a disabled endpoint when asked', async () => {
      const created = await create(principalOf(), { enabled: false, events: ['*'] });

      expect(created).toMatchObject({ enabled: false, events: ['*'], description: null });
    });

    it(`refuses the endpoint after the account's ${MAX_WEBHOOK_ENDPOINTS}th, and only for that account`, async () => {
      const principal = principalOf();
      await Promise.all(
        Array.from({ length: MAX_WEBHOOK_ENDPOINTS }, (_, i) =>
          create(principal, { description: `hook ${i}` }),
        ),
      );

      const refused = await rejection(create(principal));

      expect(refused).toMatchObject({ code: 'conflict', status: 409 });
      expect(refused.message).toContain(String(MAX_WEBHOOK_ENDPOINTS));
      await expect(create(principalOf())).resolves.toMatchObject({ url: URL });
    });

    it('takes no more than the limit when creations race', async () => {
      const principal = principalOf();

      const outcomes = await Promise.allSettled(
        Array.from({ length: MAX_WEBHOOK_ENDPOINTS + 5 }, () => create(principal)),
      );

      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(
        MAX_WEBHOOK_ENDPOINTS,
      );
    });
  });

  describe('reads', () => {
    it('never shows the secret in a get or a list', async () => {
      const principal = principalOf();
      const created = await create(principal);

      const one = await harness.bus.request(WebhooksGetEndpoint, {
        principal,
        endpointId: created.id,
      });
      const page = await harness.bus.request(WebhooksListEndpoints, {
        principal,
        page: { limit: 10 },
      });

      const { secret, ...view } = created;
      expect(one).toEqual(view);
      expect(page.items).toEqual([view]);
      for (const answer of [one, page]) {
        expect(JSON.stringify(answer)).not.toContain(secret);
        expect(JSON.stringify(answer)).not.toContain('"secret"');
      }
    });

    it("lists the account's endpoints newest first, page by page", async () => {
      const principal = principalOf();
      const ids: string[] = [];
      for (const description of ['first', 'second', 'third'])
        ids.push((await create(principal, { description })).id);
      await create(principalOf());

      const first = await harness.bus.request(WebhooksListEndpoints, {
        principal,
        page: { limit: 2 },
      });
      const second = await harness.bus.request(WebhooksListEndpoints, {
        principal,
        page: { limit: 2, position: first.next! },
      });
      const back = await harness.bus.request(WebhooksListEndpoints, {
        principal,
        page: { limit: 2, position: second.prev! },
      });

      expect(first.items.map((item) => item.id)).toEqual([ids[2], ids[1]]);
      expect(first.prev).toBeNull();
      expect(second.items.map((item) => item.id)).toEqual([ids[0]]);
      expect(second.next).toBeNull();
      expect(back.items.map((item) => item.id)).toEqual([ids[2], ids[1]]);
    });
  });

  describe("another account's endpoint, or none", () => {
    let owner: Principal;
    let endpoint: CreatedWebhookEndpoint;
    const stranger = principalOf();

    beforeAll(async () => {
      owner = principalOf();
      endpoint = await create(owner);
    });

    const attempts: [string, (principal: Principal, endpointId: string) => Promise<unknown>][] = [
      [
        'get',
        (principal, endpointId) =>
          harness.bus.request(WebhooksGetEndpoint, { principal, endpointId }),
      ],
      [
        'update',
        (principal, endpointId) =>
          harness.bus.request(WebhooksUpdateEndpoint, {
            principal,
            endpointId,
            input: { url: 'http://127.0.0.1:9/stolen', enabled: false },
          }),
      ],
      [
        'delete',
        (principal, endpointId) =>
          harness.bus.request(WebhooksDeleteEndpoint, { principal, endpointId }),
      ],
      [
        'rotate-secret',
        (principal, endpointId) =>
          harness.bus.request(WebhooksRotateSecret, {
            principal,
            endpointId,
            input: { graceHours: 0 },
          }),
      ],
      [
        'test',
        (principal, endpointId) => harness.bus.request(WebhooksSendTest, { principal, endpointId }),
      ],
    ];

    it.each(attempts)('%s is not found, and changes nothing', async (_name, attempt) => {
      const before = await sealedRow(endpoint.id);

      const refused = await rejection(attempt(stranger, endpoint.id));

      expect(refused).toMatchObject({ code: 'not_found', status: 404 });
      const { secret: _secret, ...view } = endpoint;
      await expect(
        harness.bus.request(WebhooksGetEndpoint, { principal: owner, endpointId: endpoint.id }),
      ).resolves.toEqual(view);
      expect(await sealedRow(endpoint.id)).toEqual(before);
      const [{ count }]: { count: number }[] = await harness.db.query(
        'SELECT count(*)::int AS count FROM webhooks.deliveries WHERE endpoint_id = $1',
        [endpoint.id],
      );
      expect(count).toBe(0);
    });

    it.each(attempts)('%s of an unknown id is not found', async (_name, attempt) => {
      await expect(attempt(owner, randomUUID())).rejects.toMatchObject({ code: 'not_found' });
    });

    it('lists none of them', async () => {
      const page = await harness.bus.request(WebhooksListEndpoints, {
        principal: stranger,
        page: { limit: 100 },
      });

      expect(page.items.map((item) => item.id)).not.toContain(endpoint.id);
    });
  });

  describe('update', () => {
    it('changes what it is given and leaves the rest', async () => {
      const principal = principalOf();
      const created = await create(principal, { description: 'old' });

      const updated = await harness.bus.request(WebhooksUpdateEndpoint, {
        principal,
        endpointId: created.id,
        input: {
          url: 'http://127.0.0.1:9/v2',
          events: ['key.revoked', 'key.revoked', 'key.expiring'],
        },
      });
      const cleared = await harness.bus.request(WebhooksUpdateEndpoint, {
        principal,
        endpointId: created.id,
        input: { description: null },
      });

      expect(updated).toMatchObject({
        url: 'http://127.0.0.1:9/v2',
        events: ['key.revoked', 'key.expiring'],
        description: 'old',
        enabled: true,
        secretStart: created.secretStart,
      });
      expect(cleared).toMatchObject({ url: 'http://127.0.0.1:9/v2', description: null });
    });

    it('enabling an endpoint Tally disabled forgets why and since when it failed', async () => {
      const principal = principalOf();
      const created = await create(principal);
      await harness.db.query(
        `UPDATE webhooks.endpoints SET enabled = false, disabled_reason = 'The endpoint answered 410 Gone.',
           failing_since = now() - interval '5 days' WHERE id = $1`,
        [created.id],
      );
      const disabled = await harness.bus.request(WebhooksGetEndpoint, {
        principal,
        endpointId: created.id,
      });

      const enabled = await harness.bus.request(WebhooksUpdateEndpoint, {
        principal,
        endpointId: created.id,
        input: { enabled: true },
      });

      expect(disabled).toMatchObject({
        enabled: false,
        disabledReason: 'The endpoint answered 410 Gone.',
      });
      expect(enabled).toMatchObject({ enabled: true, disabledReason: null });
      const [row]: { failing_since: Date | null }[] = await harness.db.query(
        'SELECT failing_since FROM webhooks.endpoints WHERE id = $1',
        [created.id],
      );
      expect(row.failing_since).toBeNull();
    });

    it('keeps the failures of an endpoint that stays enabled', async () => {
      const principal = principalOf();
      const created = await create(principal);
      await harness.db.query(
        "UPDATE webhooks.endpoints SET failing_since = now() - interval '1 day' WHERE id = $1",
        [created.id],
      );

      await harness.bus.request(WebhooksUpdateEndpoint, {
        principal,
        endpointId: created.id,
        input: { enabled: true, description: 'still failing' },
      });

      const [row]: { failing_since: Date | null }[] = await harness.db.query(
        'SELECT failing_since FROM webhooks.endpoints WHERE id = $1',
        [created.id],
      );
      expect(row.failing_since).not.toBeNull();
    });
  });

  describe('rotate-secret', () => {
    it('shows a new secret once and keeps the old one signing through the grace period', async () => {
      const principal = principalOf();
      const created = await create(principal);
      const before = Date.now();

      const rotated = await harness.bus.request(WebhooksRotateSecret, {
        principal,
        endpointId: created.id,
        input: { graceHours: 24 },
      });

      expect(rotated.secret).toMatch(/^whsec_/);
      expect(rotated.secret).not.toBe(created.secret);
      const expiresAt = new Date(rotated.previousSecretExpiresAt!).getTime();
      expect(expiresAt).toBeGreaterThanOrEqual(before + 24 * HOUR_MS - 60_000);
      expect(expiresAt).toBeLessThanOrEqual(Date.now() + 24 * HOUR_MS + 60_000);
      const row = await sealedRow(created.id);
      expect(cipher.open({ keyId: row.secret_key_id, sealed: row.secret }, created.id)).toBe(
        rotated.secret,
      );
      expect(
        cipher.open(
          { keyId: row.previous_secret_key_id!, sealed: row.previous_secret! },
          created.id,
        ),
      ).toBe(created.secret);
      const view = await harness.bus.request(WebhooksGetEndpoint, {
        principal,
        endpointId: created.id,
      });
      expect(view).toMatchObject({
        secretStart: rotated.secret.slice(0, 12),
        previousSecretExpiresAt: rotated.previousSecretExpiresAt,
      });
      expect(JSON.stringify(view)).not.toContain(rotated.secret);
    });

    it('with graceHours 0, drops the old secret at once', async () => {
      const principal = principalOf();
      const created = await create(principal);
      await harness.bus.request(WebhooksRotateSecret, {
        principal,
        endpointId: created.id,
        input: { graceHours: 12 },
      });

      const rotated = await harness.bus.request(WebhooksRotateSecret, {
        principal,
        endpointId: created.id,
        input: { graceHours: 0 },
      });

      expect(rotated.previousSecretExpiresAt).toBeNull();
      const row = await sealedRow(created.id);
      expect(row).toMatchObject({
        previous_secret: null,
        previous_secret_key_id: null,
        previous_secret_expires_at: null,
      });
      await expect(
        harness.bus.request(WebhooksGetEndpoint, { principal, endpointId: created.id }),
      ).resolves.toMatchObject({ previousSecretExpiresAt: null });
    });

    it('takes 24 hours of grace when none is said', async () => {
      const principal = principalOf();
      const created = await create(principal);

      const rotated = await harness.bus.request(WebhooksRotateSecret, {
        principal,
        endpointId: created.id,
        input: {},
      });

      const hours = (new Date(rotated.previousSecretExpiresAt!).getTime() - Date.now()) / HOUR_MS;
      expect(hours).toBeGreaterThan(23.9);
      expect(hours).toBeLessThanOrEqual(24);
    });
  });

  describe('test', () => {
    it('records a webhook.test event with a delivery to this endpoint alone, and queues it', async () => {
      const principal = principalOf();
      const endpoint = await create(principal);
      const sibling = await create(principal, { events: ['*'] });

      const sent = await harness.bus.request(WebhooksSendTest, {
        principal,
        endpointId: endpoint.id,
      });

      const events: { type: string; account_id: string; data: unknown }[] = await harness.db.query(
        'SELECT type, account_id, data FROM webhooks.events WHERE id = $1',
        [sent.eventId],
      );
      expect(events).toEqual([
        {
          type: 'webhook.test',
          account_id: principal.accountId,
          data: { endpointId: endpoint.id, message: expect.any(String) as string },
        },
      ]);
      const deliveries: { id: string; endpoint_id: string }[] = await harness.db.query(
        'SELECT id, endpoint_id FROM webhooks.deliveries WHERE event_id = $1',
        [sent.eventId],
      );
      expect(deliveries).toEqual([{ id: sent.deliveryId, endpoint_id: endpoint.id }]);
      expect(deliveries.map((row) => row.endpoint_id)).not.toContain(sibling.id);
      const queues = new QueueFactory({
        url: harness.config.REDIS_URL,
        keyPrefix: harness.config.REDIS_KEY_PREFIX,
      });
      const handle = queues.queue(Queues.webhookDeliveries);
      try {
        const job = await handle.queue.getJob(sent.deliveryId);
        expect(job?.data).toEqual({ deliveryId: sent.deliveryId });
      } finally {
        await handle.close();
      }
    });

    it('gives each test event an id of its own', async () => {
      const principal = principalOf();
      const endpoint = await create(principal);

      const first = await harness.bus.request(WebhooksSendTest, {
        principal,
        endpointId: endpoint.id,
      });
      const second = await harness.bus.request(WebhooksSendTest, {
        principal,
        endpointId: endpoint.id,
      });

      expect(second.eventId).not.toBe(first.eventId);
      expect(second.deliveryId).not.toBe(first.deliveryId);
    });
  });

  describe('a test event, as the endpoint receives it', () => {
    const received: { headers: IncomingHttpHeaders; body: string }[] = [];
    let receiver: Server;
    let receiverUrl: string;

    beforeAll(async () => {
      receiver = createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
          response.writeHead(204).end();
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    });

    afterAll(async () => {
      await new Promise((resolve) => receiver?.close(resolve));
    });

    async function arrival(eventId: string) {
      const found = await waitFor(
        async () => received.find((request) => request.headers['webhook-id'] === eventId),
        (request) => request !== undefined,
        { timeoutMs: 10_000, intervalMs: 50 },
      );
      if (!found) throw new Error(`the receiver got no delivery of event ${eventId}`);
      return found;
    }

    function verifies(secret: string, request: { headers: IncomingHttpHeaders; body: string }) {
      try {
        new Webhook(secret).verify(request.body, request.headers as Record<string, string>);
        return true;
      } catch {
        return false;
      }
    }

    it('is signed with the secret shown at creation, and after a rotation with either', async () => {
      const principal = principalOf();
      const endpoint = await create(principal, { url: receiverUrl });
      const first = await harness.bus.request(WebhooksSendTest, {
        principal,
        endpointId: endpoint.id,
      });
      const beforeRotation = await arrival(first.eventId);
      const rotated = await harness.bus.request(WebhooksRotateSecret, {
        principal,
        endpointId: endpoint.id,
        input: { graceHours: 1 },
      });
      const second = await harness.bus.request(WebhooksSendTest, {
        principal,
        endpointId: endpoint.id,
      });
      const afterRotation = await arrival(second.eventId);

      expect(verifies(endpoint.secret, beforeRotation)).toBe(true);
      expect(JSON.parse(beforeRotation.body)).toMatchObject({
        type: 'webhook.test',
        data: { endpointId: endpoint.id },
      });
      expect(verifies(endpoint.secret, afterRotation)).toBe(true);
      expect(verifies(rotated.secret, afterRotation)).toBe(true);
      expect(verifies(rotated.secret, beforeRotation)).toBe(false);
    });
  });

  describe('delete', () => {
    it('deletes the endpoint and its deliveries', async () => {
      const principal = principalOf();
      const endpoint = await create(principal);
      const sent = await harness.bus.request(WebhooksSendTest, {
        principal,
        endpointId: endpoint.id,
      });

      const deleted = await harness.bus.request(WebhooksDeleteEndpoint, {
        principal,
        endpointId: endpoint.id,
      });

      expect(deleted).toEqual({ deleted: true });
      await expect(
        harness.bus.request(WebhooksGetEndpoint, { principal, endpointId: endpoint.id }),
      ).rejects.toMatchObject({ code: 'not_found' });
      const rows: unknown[] = await harness.db.query(
        'SELECT 1 FROM webhooks.deliveries WHERE id = $1',
        [sent.deliveryId],
      );
      expect(rows).toEqual([]);
      await expect(
        harness.bus.request(WebhooksDeleteEndpoint, { principal, endpointId: endpoint.id }),
      ).rejects.toMatchObject({ code: 'not_found' });
    });

    it('deletes the endpoint while a worker records an attempt of its delivery (no deadlock)', async () => {
      const principal = principalOf();
      const endpoint = await create(principal);
      const sent = await harness.bus.request(WebhooksSendTest, {
        principal,
        endpointId: endpoint.id,
      });
      // What a worker's transaction does when it records an attempt: its delivery, then its endpoint.
      const worker = harness.db.createQueryRunner();
      await worker.connect();
      try {
        await worker.startTransaction();
        await worker.query('UPDATE webhooks.deliveries SET updated_at = now() WHERE id = $1', [
          sent.deliveryId,
        ]);
        const deleting = harness.bus.request(WebhooksDeleteEndpoint, {
          principal,
          endpointId: endpoint.id,
        });
        // The deletion waits for the delivery's lock before it takes the endpoint's.
        await waitFor(
          async () =>
            (await harness.db.query(
              `SELECT 1 FROM pg_stat_activity
               WHERE wait_event_type = 'Lock' AND query LIKE '%FOR UPDATE OF d%'`,
            )) as unknown[],
          (waiting) => waiting.length > 0,
          { timeoutMs: 5000, intervalMs: 20 },
        );
        await worker.query(
          'UPDATE webhooks.endpoints SET failing_since = NULL WHERE id = $1 AND failing_since IS NOT NULL',
          [endpoint.id],
        );
        await worker.commitTransaction();

        expect(await deleting).toEqual({ deleted: true });
      } finally {
        if (worker.isTransactionActive) await worker.rollbackTransaction();
        await worker.release();
      }
    });
  });
});
