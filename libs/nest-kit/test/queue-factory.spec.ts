import { Queues } from '@tally/contracts';
import { createRedis } from '@tally/nest-kit';
import { waitFor } from '@tally/testing';
import type { Redis } from 'ioredis';
import { QueueFactory, type QueueHandle } from '../src/queues/queue-factory.js';

describe('QueueFactory', () => {
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const keyPrefix = process.env.REDIS_KEY_PREFIX ?? '';
  const sut = new QueueFactory({ url: redisUrl, keyPrefix });
  const opened: { close(): Promise<void> }[] = [];
  let redis: Redis;

  beforeAll(() => {
    redis = createRedis({ url: redisUrl, keyPrefix: '' });
  });

  afterAll(async () => {
    for (const handle of opened.reverse()) await handle.close();
    await redis.quit();
  });

  function queue(name: (typeof Queues)[keyof typeof Queues]): QueueHandle {
    const handle = sut.queue(name);
    opened.push({
      close: async () => {
        await handle.queue.obliterate({ force: true });
        await handle.close();
      },
    });
    return handle;
  }

  describe('queue', () => {
    it("keeps the queue's keys under the deployment's prefix", async () => {
      const { queue: revocations } = queue(Queues.creatorRevocations);

      const job = await revocations.add('probe', {});

      expect(await redis.exists(`${keyPrefix}bull:creator-revocations:${job.id}`)).toBe(1);
    });

    it("gives each job its queue's default options, which the producer may override", async () => {
      const { queue: revocations } = queue(Queues.creatorRevocations);

      const plain = await revocations.add('probe', {});
      const overridden = await revocations.add('probe', {}, { attempts: 2 });

      expect(plain.opts).toMatchObject({
        attempts: 10,
        backoff: { type: 'exponential', delay: 30_000 },
        removeOnFail: { age: 30 * 24 * 3600 },
      });
      expect(overridden.opts.attempts).toBe(2);
    });

    it("fails a one-shot queue at once with Redis' own reason", async () => {
      const unreachable = new QueueFactory({ url: 'redis://127.0.0.1:1', keyPrefix });

      await expect(unreachable.oneShotQueue(Queues.creatorSync)).rejects.toThrow(/ECONNREFUSED/);
    });
  });

  describe('worker', () => {
    it('runs the jobs of its queue', async () => {
      const { queue: sync } = queue(Queues.creatorSync);
      const handle = sut.worker(Queues.creatorSync, async (job) => `ran ${job.name}`, {
        concurrency: 1,
      });

      const job = await sync.add('probe', {});
      const state = await waitFor(
        () => sync.getJobState(job.id as string),
        (value) => value === 'completed',
        { timeoutMs: 5000 },
      );
      await handle.close();

      expect(state).toBe('completed');
      expect((await sync.getJob(job.id as string))?.returnvalue).toBe('ran probe');
    });
  });
});
