import { Queues } from '@tally/contracts';
import { QueueFactory, RevocationQueue } from '@tally/creators-data';
import { Registry } from 'prom-client';
import { CreatorSyncQueue } from '../queue/creator-sync-queue.js';
import { QueueDepthMetric } from './queue-depth.metric.js';

describe('QueueDepthMetric', () => {
  const factory = new QueueFactory({
    url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    keyPrefix: process.env.REDIS_KEY_PREFIX ?? '',
  });
  let syncQueue: CreatorSyncQueue;
  let revocationQueue: RevocationQueue;

  beforeAll(() => {
    syncQueue = new CreatorSyncQueue(factory);
    revocationQueue = new RevocationQueue(factory.queue(Queues.creatorRevocations));
  });

  afterAll(async () => {
    for (const queue of [syncQueue, revocationQueue]) {
      await queue.queue.obliterate({ force: true });
      await queue.onApplicationShutdown();
    }
  });

  it("exports both queues' depth, under its first name too, and their oldest waiting job", async () => {
    await syncQueue.queue.add('probe', {}, { priority: 2_000, timestamp: Date.now() - 60_000 });
    const registry = new Registry();
    const sut = new QueueDepthMetric(registry, syncQueue, revocationQueue);
    sut.onApplicationBootstrap();
    try {
      const text = await registry.metrics();

      expect(text).toContain('tally_queue_jobs{queue="creator-sync",state="prioritized"} 1');
      expect(text).toContain('tally_sync_queue_jobs{queue="creator-sync",state="prioritized"} 1');
      expect(text).toContain(
        'tally_sync_queue_jobs{queue="creator-revocations",state="waiting"} 0',
      );
      const oldest = /^tally_queue_oldest_waiting_seconds\{queue="creator-sync"\} (\S+)$/m.exec(
        text,
      );
      expect(Number(oldest?.[1])).toBeGreaterThanOrEqual(60);
      expect(text).toContain('tally_queue_oldest_waiting_seconds{queue="creator-revocations"} 0');
    } finally {
      sut.onApplicationShutdown();
    }
  });
});
