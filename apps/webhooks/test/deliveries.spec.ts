import { WEBHOOK_EVENT_TYPES, WebhooksRotateSecret } from '@tally/contracts';
import { DeliveryWorker } from '../src/deliveries/delivery-worker.js';
import { RetrySchedule } from '../src/deliveries/retry-schedule.js';
import {
  createEndpoint,
  endpointState,
  publishEvent,
  sampleData,
  startHarness,
  waitForDelivery,
} from './support/deliveries-fixtures.js';
import { Receiver, verified } from './support/receiver.js';
import { principalOf, type WebhooksHarness } from './support/webhooks-harness.js';

/** The real schedule's 8 attempts, each wait a few milliseconds. */
const QUICK_RETRIES = new RetrySchedule([20, 20, 20, 20, 20, 20, 20]);

describe('webhook deliveries, from the events stream to a receiver', () => {
  let harness: WebhooksHarness;
  let receiver: Receiver;

  beforeAll(async () => {
    harness = await startHarness();
    harness.app.get(DeliveryWorker).useRetrySchedule(QUICK_RETRIES);
    receiver = await Receiver.start();
  });

  afterEach(() => {
    receiver.answerWith(() => ({ status: 200, body: 'ok' }));
  });

  afterAll(async () => {
    await harness?.stop();
    await receiver?.close();
  });

  it('delivers every event type, signed in the Standard Webhooks way', async () => {
    const principal = principalOf();
    const endpoint = await createEndpoint(harness, principal, receiver.url('/all'));

    const events = [];
    for (const type of WEBHOOK_EVENT_TYPES) {
      events.push(
        await harness.publish({ type, accountId: principal.accountId, data: sampleData(type) }),
      );
    }
    const requests = await receiver.waitFor(events.length, '/all');

    for (const event of events) {
      const request = requests.find((candidate) => candidate.headers['webhook-id'] === event.id);
      expect(request).toBeDefined();
      expect(request!.headers['content-type']).toBe('application/json');
      expect(verified(request!, endpoint.secret)).toEqual({
        type: event.type,
        timestamp: event.occurredAt,
        data: event.data,
      });
      const delivery = await waitForDelivery(
        harness,
        endpoint.id,
        event.id,
        (d) => d.status === 'delivered',
      );
      expect(delivery).toMatchObject({
        attempts: 1,
        lastStatusCode: 200,
        lastResponse: 'ok',
        lastError: null,
      });
    }
    expect(requests).toHaveLength(events.length);
  });

  it('sends only the types an endpoint subscribed to', async () => {
    const principal = principalOf();
    const endpoint = await createEndpoint(harness, principal, receiver.url('/some'), [
      'key.revoked',
    ]);

    const ignored = await publishEvent(harness, principal.accountId, 'creator.synced');
    const heard = await publishEvent(harness, principal.accountId, 'key.revoked');
    await waitForDelivery(harness, endpoint.id, heard.id, (d) => d.status === 'delivered');

    expect(receiver.to('/some').map((request) => request.headers['webhook-id'])).toEqual([
      heard.id,
    ]);
    expect(ignored.id).not.toBe(heard.id);
  });

  it('retries a failing receiver with the same webhook-id until it answers 2xx', async () => {
    const principal = principalOf();
    const endpoint = await createEndpoint(harness, principal, receiver.url('/flaky'));
    const failingSinceSeen: (Date | null)[] = [];
    receiver.answerWith(async (request, index) => {
      if (request.path !== '/flaky') return { status: 200 };
      failingSinceSeen.push((await endpointState(harness, endpoint.id)).failingSince);
      return receiver.to('/flaky').length <= 3
        ? { status: 503, body: `down ${index}` }
        : { status: 200, body: 'finally' };
    });

    const event = await publishEvent(harness, principal.accountId);
    const delivery = await waitForDelivery(
      harness,
      endpoint.id,
      event.id,
      (d) => d.status === 'delivered',
    );

    const requests = receiver.to('/flaky');
    expect(requests).toHaveLength(4);
    expect(new Set(requests.map((request) => request.headers['webhook-id']))).toEqual(
      new Set([event.id]),
    );
    for (const request of requests)
      expect(verified(request, endpoint.secret)).toMatchObject({ type: 'creator.synced' });
    expect(delivery).toMatchObject({
      attempts: 4,
      lastStatusCode: 200,
      lastResponse: 'finally',
      nextAttemptAt: null,
    });
    // Failing from the first failure on, and no longer once delivered.
    expect(failingSinceSeen[0]).toBeNull();
    expect(failingSinceSeen.slice(1).every((since) => since instanceof Date)).toBe(true);
    expect((await endpointState(harness, endpoint.id)).failingSince).toBeNull();
  });

  it('records a failure and the next attempt in the log', async () => {
    const principal = principalOf();
    const endpoint = await createEndpoint(harness, principal, receiver.url('/broken'));
    harness.app.get(DeliveryWorker).useRetrySchedule(new RetrySchedule([3_600_000]));
    receiver.answerWith(() => ({ status: 500, body: 'x'.repeat(5000) }));
    try {
      const event = await publishEvent(harness, principal.accountId);
      const delivery = await waitForDelivery(
        harness,
        endpoint.id,
        event.id,
        (d) => d.attempts === 1,
      );

      expect(delivery).toMatchObject({
        status: 'pending',
        lastStatusCode: 500,
        lastError: expect.stringContaining('500'),
        lastResponse: 'x'.repeat(1024),
      });
      expect(delivery.nextAttemptAt).toBeInstanceOf(Date);
      expect(delivery.lastDurationMs).toEqual(expect.any(Number));
    } finally {
      harness.app.get(DeliveryWorker).useRetrySchedule(QUICK_RETRIES);
      await harness.db.query('DELETE FROM webhooks.endpoints WHERE id = $1', [endpoint.id]);
    }
  });

  it('fails a delivery after its last attempt', async () => {
    const principal = principalOf();
    const endpoint = await createEndpoint(harness, principal, receiver.url('/dead'));
    receiver.answerWith(() => ({ status: 500 }));

    const event = await publishEvent(harness, principal.accountId);
    const delivery = await waitForDelivery(
      harness,
      endpoint.id,
      event.id,
      (d) => d.status === 'failed',
    );

    expect(delivery).toMatchObject({ attempts: 8, lastStatusCode: 500, nextAttemptAt: null });
    expect(receiver.to('/dead')).toHaveLength(8);
    expect((await endpointState(harness, endpoint.id)).enabled).toBe(true);
  });

  it('signs with both secrets during a rotation, each verifying on its own', async () => {
    const principal = principalOf();
    const endpoint = await createEndpoint(harness, principal, receiver.url('/rotating'));
    const rotated = await harness.bus.request(WebhooksRotateSecret, {
      principal,
      endpointId: endpoint.id,
      input: { graceHours: 1 },
    });

    const event = await publishEvent(harness, principal.accountId);
    const [request] = await receiver.waitFor(1, '/rotating');

    const signatures = String(request.headers['webhook-signature']).split(' ');
    expect(signatures).toHaveLength(2);
    expect(signatures.every((signature) => signature.startsWith('v1,'))).toBe(true);
    expect(request.headers['webhook-id']).toBe(event.id);
    for (const secret of [rotated.secret, endpoint.secret]) {
      expect(verified(request, secret)).toMatchObject({ type: 'creator.synced' });
      // Each signature is one secret's: alone, it verifies with that secret only.
      const alone = signatures.filter((signature) => {
        try {
          verified(
            { ...request, headers: { ...request.headers, 'webhook-signature': signature } },
            secret,
          );
          return true;
        } catch {
          return false;
        }
      });
      expect(alone).toHaveLength(1);
    }
  });

  it('signs with the new secret alone once the grace period is over', async () => {
    const principal = principalOf();
    const endpoint = await createEndpoint(harness, principal, receiver.url('/rotated'));
    const rotated = await harness.bus.request(WebhooksRotateSecret, {
      principal,
      endpointId: endpoint.id,
      input: { graceHours: 1 },
    });
    await harness.db.query(
      `UPDATE webhooks.endpoints SET previous_secret_expires_at = now() - interval '1 second' WHERE id = $1`,
      [endpoint.id],
    );

    await publishEvent(harness, principal.accountId);
    const [request] = await receiver.waitFor(1, '/rotated');

    expect(String(request.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(verified(request, rotated.secret)).toBeDefined();
    expect(() => verified(request, endpoint.secret)).toThrow();
  });

  it('disables an endpoint that answers 410 Gone, failing the delivery without retries', async () => {
    const principal = principalOf();
    const endpoint = await createEndpoint(harness, principal, receiver.url('/gone'));
    receiver.answerWith(() => ({ status: 410, body: 'unsubscribed' }));

    const event = await publishEvent(harness, principal.accountId);
    const delivery = await waitForDelivery(
      harness,
      endpoint.id,
      event.id,
      (d) => d.status === 'failed',
    );

    expect(delivery).toMatchObject({ attempts: 1, lastStatusCode: 410, nextAttemptAt: null });
    const state = await endpointState(harness, endpoint.id);
    expect(state.enabled).toBe(false);
    expect(state.disabledReason).toContain('410 Gone');
    expect(receiver.to('/gone')).toHaveLength(1);
  });

  it('does not follow a redirect: a 3xx is a failure', async () => {
    const principal = principalOf();
    const endpoint = await createEndpoint(harness, principal, receiver.url('/moved'));
    receiver.answerWith((request) =>
      request.path === '/moved'
        ? { status: 307, headers: { location: receiver.url('/elsewhere') } }
        : { status: 200 },
    );

    const event = await publishEvent(harness, principal.accountId);
    const delivery = await waitForDelivery(
      harness,
      endpoint.id,
      event.id,
      (d) => d.status === 'failed',
    );

    expect(delivery).toMatchObject({
      lastStatusCode: 307,
      lastError: expect.stringContaining('redirects are not followed'),
    });
    expect(receiver.to('/elsewhere')).toEqual([]);
  });

  it('disables an endpoint that has failed every delivery for 5 days, saying why', async () => {
    const principal = principalOf();
    const endpoint = await createEndpoint(harness, principal, receiver.url('/failing'));
    await harness.db.query(
      `UPDATE webhooks.endpoints SET failing_since = now() - interval '5 days 1 minute' WHERE id = $1`,
      [endpoint.id],
    );
    receiver.answerWith(() => ({ status: 502 }));

    const event = await publishEvent(harness, principal.accountId);
    const delivery = await waitForDelivery(
      harness,
      endpoint.id,
      event.id,
      (d) => d.status === 'failed',
    );

    expect(delivery).toMatchObject({ attempts: 1, lastStatusCode: 502 });
    const state = await endpointState(harness, endpoint.id);
    expect(state.enabled).toBe(false);
    expect(state.disabledReason).toMatch(/failed for 5 days/);
    // A disabled endpoint hears nothing more.
    const later = await publishEvent(harness, principal.accountId);
    await waitForDelivery(harness, endpoint.id, later.id, () => true, 1000).then(
      () => {
        throw new Error('a disabled endpoint got a delivery');
      },
      () => undefined,
    );
  });

  it('keeps an endpoint failing for less than 5 days enabled', async () => {
    const principal = principalOf();
    const endpoint = await createEndpoint(harness, principal, receiver.url('/wobbly'));
    await harness.db.query(
      `UPDATE webhooks.endpoints SET failing_since = now() - interval '4 days' WHERE id = $1`,
      [endpoint.id],
    );
    receiver.answerWith((request) =>
      request.path === '/wobbly' && receiver.to('/wobbly').length === 1
        ? { status: 500 }
        : { status: 200 },
    );

    const event = await publishEvent(harness, principal.accountId);
    await waitForDelivery(harness, endpoint.id, event.id, (d) => d.status === 'delivered');

    expect(await endpointState(harness, endpoint.id)).toEqual({
      enabled: true,
      disabledReason: null,
      failingSince: null,
    });
  });
});
