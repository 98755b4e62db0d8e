import { QueueFactory } from '@tally/nest-kit';
import { Registry } from 'prom-client';
import { DeliveryQueue } from './delivery-queue.js';
import { DeliveryQueueMetric } from './delivery-queue.metric.js';

describe('DeliveryQueueMetric', () => {
  const factory = new QueueFactory({
    url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    keyPrefix: process.env.REDIS_KEY_PREFIX ?? '',
  });
  let deliveries: DeliveryQueue;

  beforeAll(() => {
    deliveries = new DeliveryQueue(factory);
  });

  afterAll(async () => {
    await deliveries.queue.obliterate({ force: true });
    await deliveries.onApplicationShutdown();
  });

  it('exports the depth of webhook-deliveries and the age of its oldest waiting delivery', async () => {
    await deliveries.enqueue(['delivery-1', 'delivery-2']);
    const registry = new Registry();
    const sut = new DeliveryQueueMetric(registry, deliveries);
    sut.onApplicationBootstrap();
    try {
      const text = await registry.metrics();

      expect(text).toContain('tally_queue_jobs{queue="webhook-deliveries",state="waiting"} 2');
      expect(text).toMatch(
        /^tally_queue_oldest_waiting_seconds\{queue="webhook-deliveries"\} \S+$/m,
      );
    } finally {
      sut.onApplicationShutdown();
    }
  });
});
