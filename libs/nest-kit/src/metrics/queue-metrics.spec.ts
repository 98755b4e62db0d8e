import { Queues } from '@tally/contracts';
import { TestRedisServer } from '@tally/testing';
import { Registry } from 'prom-client';
import { QueueFactory, type QueueHandle } from '../queues/queue-factory.js';
import { QueueMetrics } from './queue-metrics.js';

describe('QueueMetrics', () => {
  const factory = new QueueFactory({
    url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    keyPrefix: process.env.REDIS_KEY_PREFIX ?? '',
  });
  const opened: QueueHandle[] = [];
  const started: QueueMetrics[] = [];

  function queue(name: (typeof Queues)[keyof typeof Queues]): QueueHandle {
    const handle = factory.queue(name);
    opened.push(handle);
    return handle;
  }

  function watch(registry: Registry, handles: QueueHandle[], cacheMs?: number): QueueMetrics {
    const sut = new QueueMetrics(
      registry,
      handles.map((handle) => handle.queue),
      { cacheMs },
    );
    sut.start();
    started.push(sut);
    return sut;
  }

  afterEach(async () => {
    for (const sut of started.splice(0)) sut.stop();
    for (const handle of opened.splice(0)) {
      await handle.queue.obliterate({ force: true });
      await handle.close();
    }
  });

  it("exports each queue's jobs by state and the age of its oldest waiting job", async () => {
    const registry = new Registry();
    const sync = queue(Queues.creatorSync);
    const deliveries = queue(Queues.webhookDeliveries);
    const queuedAt = Date.now() - 90_000;
    await sync.queue.add('probe', {}, { priority: 5, timestamp: queuedAt });
    await sync.queue.add('probe', {}, { delay: 60_000 });
    watch(registry, [sync, deliveries], 0);

    const text = await registry.metrics();

    expect(text).toContain('tally_queue_jobs{queue="creator-sync",state="prioritized"} 1');
    expect(text).toContain('tally_queue_jobs{queue="creator-sync",state="delayed"} 1');
    expect(text).toContain('tally_queue_jobs{queue="webhook-deliveries",state="waiting"} 0');
    const age = Number(
      /^tally_queue_oldest_waiting_seconds\{queue="creator-sync"\} (\S+)$/m.exec(text)?.[1],
    );
    expect(age).toBeGreaterThanOrEqual(90);
    expect(text).toContain('tally_queue_oldest_waiting_seconds{queue="webhook-deliveries"} 0');
  });

  it('answers scrapes closer together than cacheMs from one read', async () => {
    const registry = new Registry();
    const sync = queue(Queues.creatorSync);
    watch(registry, [sync], 60_000);
    await registry.metrics();

    await sync.queue.add('probe', {});

    expect(await registry.getSingleMetricAsString('tally_queue_jobs')).toContain(
      'tally_queue_jobs{queue="creator-sync",state="waiting"} 0',
    );
  });

  it('reads again once the reading is older than cacheMs', async () => {
    const registry = new Registry();
    const sync = queue(Queues.creatorSync);
    watch(registry, [sync], 0);
    await registry.metrics();

    await sync.queue.add('probe', {});

    expect(await registry.getSingleMetricAsString('tally_queue_jobs')).toContain(
      'tally_queue_jobs{queue="creator-sync",state="waiting"} 1',
    );
  });

  it('stops answering for the queues of a watcher that stopped', async () => {
    const registry = new Registry();
    const sync = queue(Queues.creatorSync);
    const sut = watch(registry, [sync], 0);
    sut.stop();

    expect(await registry.getSingleMetricAsString('tally_queue_jobs')).not.toContain(
      'creator-sync',
    );
  });

  it('answers the scrape with the last values while Redis does not answer', async () => {
    const registry = new Registry();
    const redis = await TestRedisServer.start();
    const handle = new QueueFactory({ url: redis.url, keyPrefix: '' }).queue(Queues.creatorSync);
    const sut = new QueueMetrics(registry, [handle.queue], { cacheMs: 0 });
    sut.start();
    try {
      await handle.queue.add('probe', {});
      await registry.metrics();
      redis.freeze();

      const text = await registry.metrics();

      expect(text).toContain('tally_queue_jobs{queue="creator-sync",state="waiting"} 1');
    } finally {
      sut.stop();
      redis.thaw();
      await handle.close();
      await redis.dispose();
    }
  });
});
