import {
  AppError,
  type PageRequest,
  type Principal,
  WebhooksListDeliveries,
  WebhooksRetryDelivery,
} from '@tally/contracts';
import { randomUUID } from 'node:crypto';
import { DeliveryWorker } from '../src/deliveries/delivery-worker.js';
import { RetrySchedule } from '../src/deliveries/retry-schedule.js';
import {
  createEndpoint,
  deliveryOf,
  publishEvent,
  startHarness,
  waitForDelivery,
} from './support/deliveries-fixtures.js';
import { Receiver, verified } from './support/receiver.js';
import { principalOf, type WebhooksHarness } from './support/webhooks-harness.js';

describe('the delivery log and its retries', () => {
  let harness: WebhooksHarness;
  let receiver: Receiver;

  beforeAll(async () => {
    harness = await startHarness();
    harness.app
      .get(DeliveryWorker)
      .useRetrySchedule(new RetrySchedule([10, 10, 10, 10, 10, 10, 10]));
    receiver = await Receiver.start();
  });

  afterEach(() => {
    receiver.answerWith(() => ({ status: 200, body: 'ok' }));
  });

  afterAll(async () => {
    await harness?.stop();
    await receiver?.close();
  });

  const list = (principal: Principal, endpointId: string, page: PageRequest = { limit: 20 }) =>
    harness.bus.request(WebhooksListDeliveries, { principal, endpointId, page });
  const retry = (principal: Principal, endpointId: string, deliveryId: string) =>
    harness.bus.request(WebhooksRetryDelivery, { principal, endpointId, deliveryId });

  async function rejection(promise: Promise<unknown>): Promise<AppError> {
    const error = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
    return error;
  }

  it('lists an endpoint’s deliveries newest first, page by page', async () => {
    const principal = principalOf();
    const endpoint = await createEndpoint(harness, principal, receiver.url('/log'));
    const events = [];
    for (const type of ['creator.connected', 'creator.synced', 'key.revoked'] as const) {
      const event = await publishEvent(harness, principal.accountId, type);
      await waitForDelivery(harness, endpoint.id, event.id, (d) => d.status === 'delivered');
      events.push(event);
    }

    const first = await list(principal, endpoint.id, { limit: 2 });
    const second = await list(principal, endpoint.id, { limit: 2, position: first.next! });
    const back = await list(principal, endpoint.id, { limit: 2, position: second.prev! });

    expect(first.items.map((item) => item.eventId)).toEqual([events[2].id, events[1].id]);
    expect(second.items.map((item) => item.eventId)).toEqual([events[0].id]);
    expect(second.next).toBeNull();
    expect(back.items).toEqual(first.items);
    expect(first.items[0]).toMatchObject({
      eventType: 'key.revoked',
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 200,
      lastError: null,
      lastResponse: 'ok',
      lastDurationMs: expect.any(Number),
      nextAttemptAt: null,
    });
  });

  it('sends a failed delivery again on retry, with the same webhook-id, its attempts counting on', async () => {
    const principal = principalOf();
    const endpoint = await createEndpoint(harness, principal, receiver.url('/later'));
    receiver.answerWith(() => ({ status: 500 }));
    const event = await publishEvent(harness, principal.accountId);
    const failed = await waitForDelivery(
      harness,
      endpoint.id,
      event.id,
      (d) => d.status === 'failed',
    );
    expect(failed.attempts).toBe(8);
    receiver.answerWith(() => ({ status: 200, body: 'back' }));

    const retried = await retry(principal, endpoint.id, failed.id);
    const delivered = await waitForDelivery(
      harness,
      endpoint.id,
      event.id,
      (d) => d.status === 'delivered',
    );

    expect(retried).toMatchObject({ id: failed.id, status: 'pending', attempts: 8 });
    expect(delivered).toMatchObject({ attempts: 9, lastStatusCode: 200, lastResponse: 'back' });
    const requests = receiver.to('/later');
    expect(requests).toHaveLength(9);
    expect(new Set(requests.map((request) => request.headers['webhook-id']))).toEqual(
      new Set([event.id]),
    );
    expect(verified(requests[8], endpoint.secret)).toMatchObject({ type: 'creator.synced' });
  });

  it('sends a pending delivery now rather than at its next attempt', async () => {
    const principal = principalOf();
    const endpoint = await createEndpoint(harness, principal, receiver.url('/waiting'));
    const worker = harness.app.get(DeliveryWorker);
    worker.useRetrySchedule(new RetrySchedule([3_600_000]));
    try {
      receiver.answerWith(() =>
        receiver.to('/waiting').length === 1 ? { status: 503 } : { status: 200 },
      );
      const event = await publishEvent(harness, principal.accountId);
      const waiting = await waitForDelivery(
        harness,
        endpoint.id,
        event.id,
        (d) => d.attempts === 1,
      );
      expect(waiting.status).toBe('pending');

      await retry(principal, endpoint.id, waiting.id);
      const delivered = await waitForDelivery(
        harness,
        endpoint.id,
        event.id,
        (d) => d.status === 'delivered',
      );

      expect(delivered.attempts).toBe(2);
    } finally {
      worker.useRetrySchedule(new RetrySchedule([10, 10, 10, 10, 10, 10, 10]));
    }
  });

  it('refuses to retry a delivered delivery (409)', async () => {
    const principal = principalOf();
    const endpoint = await createEndpoint(harness, principal, receiver.url('/done'));
    const event = await publishEvent(harness, principal.accountId);
    const delivered = await waitForDelivery(
      harness,
      endpoint.id,
      event.id,
      (d) => d.status === 'delivered',
    );

    expect(await rejection(retry(principal, endpoint.id, delivered.id))).toMatchObject({
      code: 'conflict',
      status: 409,
    });
  });

  it('shows and retries nothing of another account’s endpoint (404)', async () => {
    const owner = principalOf();
    const stranger = principalOf();
    const endpoint = await createEndpoint(harness, owner, receiver.url('/private'));
    const event = await publishEvent(harness, owner.accountId);
    const delivery = await waitForDelivery(
      harness,
      endpoint.id,
      event.id,
      (d) => d.status === 'delivered',
    );
    const strangersEndpoint = await createEndpoint(harness, stranger, receiver.url('/stranger'));

    expect(await rejection(list(stranger, endpoint.id))).toMatchObject({
      code: 'not_found',
      status: 404,
    });
    expect(await rejection(retry(stranger, endpoint.id, delivery.id))).toMatchObject({
      code: 'not_found',
      status: 404,
    });
    // Its own endpoint with the other's delivery is no way in either.
    expect(await rejection(retry(stranger, strangersEndpoint.id, delivery.id))).toMatchObject({
      code: 'not_found',
      status: 404,
    });
    expect(await rejection(retry(owner, endpoint.id, randomUUID()))).toMatchObject({
      code: 'not_found',
    });
    expect((await list(stranger, strangersEndpoint.id)).items).toEqual([]);
  });

  describe('the sweeper', () => {
    async function insertDelivery(
      endpointId: string,
      accountId: string,
      values: { receivedAt?: string; createdAt?: string; nextAttemptAt?: string } = {},
    ): Promise<{ eventId: string; deliveryId: string }> {
      const eventId = randomUUID();
      await harness.db.query(
        `INSERT INTO webhooks.events (id, type, account_id, occurred_at, data, received_at)
         VALUES ($1, 'key.revoked', $2, now(), '{"keyId":"k"}', now() - $3::interval)`,
        [eventId, accountId, values.receivedAt ?? '0 seconds'],
      );
      const [row]: { id: string }[] = await harness.db.query(
        `INSERT INTO webhooks.deliveries (endpoint_id, event_id, created_at, next_attempt_at)
         VALUES ($1, $2, now() - $3::interval, now() - $4::interval) RETURNING id`,
        [endpointId, eventId, values.createdAt ?? '0 seconds', values.nextAttemptAt ?? '0 seconds'],
      );
      return { eventId, deliveryId: row.id };
    }

    it('queues again a pending delivery long overdue whose job Redis lost', async () => {
      const principal = principalOf();
      const endpoint = await createEndpoint(harness, principal, receiver.url('/lost'));
      const lost = await insertDelivery(endpoint.id, principal.accountId, {
        createdAt: '1 hour',
        nextAttemptAt: '1 hour',
      });

      await harness.app.get(DeliveryWorker).sweeper.sweep();
      const delivered = await waitForDelivery(
        harness,
        endpoint.id,
        lost.eventId,
        (d) => d.status === 'delivered',
      );

      expect(delivered.attempts).toBe(1);
      const [request] = receiver.to('/lost');
      expect(request.headers['webhook-id']).toBe(lost.eventId);
      expect(verified(request, endpoint.secret)).toMatchObject({ type: 'key.revoked' });
    });

    it('deletes deliveries after 30 days, and the events no delivery refers to', async () => {
      const principal = principalOf();
      const endpoint = await createEndpoint(harness, principal, receiver.url('/old'));
      // Delivered long ago, so that nothing sends them meanwhile.
      const old = await insertDelivery(endpoint.id, principal.accountId, {
        receivedAt: '31 days',
        createdAt: '31 days',
      });
      const recent = await insertDelivery(endpoint.id, principal.accountId, {
        receivedAt: '29 days',
        createdAt: '29 days',
      });
      await harness.db.query(
        `UPDATE webhooks.deliveries SET status = 'delivered' WHERE id = ANY($1::uuid[])`,
        [[old.deliveryId, recent.deliveryId]],
      );
      const unheardEventId = randomUUID();
      await harness.db.query(
        `INSERT INTO webhooks.events (id, type, account_id, occurred_at, data, received_at)
         VALUES ($1, 'key.revoked', $2, now(), '{}', now() - interval '40 days')`,
        [unheardEventId, principal.accountId],
      );

      await harness.app.get(DeliveryWorker).sweeper.sweep();

      expect(await deliveryOf(harness, endpoint.id, old.eventId)).toBeUndefined();
      expect(await deliveryOf(harness, endpoint.id, recent.eventId)).toBeDefined();
      const events: { id: string }[] = await harness.db.query(
        'SELECT id FROM webhooks.events WHERE id = ANY($1::uuid[])',
        [[old.eventId, recent.eventId, unheardEventId]],
      );
      expect(events.map((event) => event.id)).toEqual([recent.eventId]);
    });
  });
});
