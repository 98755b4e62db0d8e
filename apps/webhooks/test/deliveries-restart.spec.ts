import { DeliveryWorker } from '../src/deliveries/delivery-worker.js';
import { RetrySchedule } from '../src/deliveries/retry-schedule.js';
import {
  createEndpoint,
  publishEvent,
  startHarness,
  waitForDelivery,
} from './support/deliveries-fixtures.js';
import { Receiver, verified } from './support/receiver.js';
import { principalOf, type WebhooksHarness } from './support/webhooks-harness.js';

const QUICK_RETRIES = new RetrySchedule([50, 50, 50, 50, 50, 50, 50]);

describe('a webhooks process stopped in the middle of a delivery', () => {
  let first: WebhooksHarness | undefined;
  let second: WebhooksHarness | undefined;
  let receiver: Receiver;

  beforeAll(async () => {
    receiver = await Receiver.start();
  });

  afterAll(async () => {
    await first?.stop().catch(() => undefined);
    await second?.stop();
    await receiver?.close();
  });

  it('leaves the delivery to the next process, which sends the same webhook-id', async () => {
    // The first request is held unanswered: the process stops while waiting for it.
    receiver.answerWith((_request, index) => (index === 0 ? 'hold' : { status: 200, body: 'ok' }));
    first = await startHarness({ SHUTDOWN_TIMEOUT_MS: '2000' });
    first.app.get(DeliveryWorker).useRetrySchedule(QUICK_RETRIES);
    const principal = principalOf();
    const endpoint = await createEndpoint(first, principal, receiver.url('/restart'));

    const event = await publishEvent(first, principal.accountId);
    await receiver.waitFor(1, '/restart');
    // The same deployment (stream, queues, database), another process.
    second = await startHarness({
      NATS_SUBJECT_PREFIX: first.config.NATS_SUBJECT_PREFIX ?? '',
      REDIS_KEY_PREFIX: first.config.REDIS_KEY_PREFIX,
    });
    second.app.get(DeliveryWorker).useRetrySchedule(QUICK_RETRIES);
    await first.stop();
    first = undefined;

    const delivery = await waitForDelivery(
      second,
      endpoint.id,
      event.id,
      (d) => d.status === 'delivered',
    );

    const requests = receiver.to('/restart');
    expect(new Set(requests.map((request) => request.headers['webhook-id']))).toEqual(
      new Set([event.id]),
    );
    expect(requests).toHaveLength(2);
    for (const request of requests)
      expect(verified(request, endpoint.secret)).toMatchObject({ type: 'creator.synced' });
    expect(delivery).toMatchObject({ attempts: 2, lastStatusCode: 200 });
  });
});
