import {
  type CreatorSyncJob,
  creatorSyncJobOptions,
  Queues,
  SyncJobs,
  type SyncTrigger,
} from '@tally/contracts';
import { createRedis } from '@tally/nest-kit';
import { waitFor } from '@tally/testing';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { QueueFactory } from '@tally/nest-kit';
import { SyncRanks } from '../src/sync/sync-ranks.js';

describe('sync jobs ranked within their account', () => {
  const settings = {
    url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    keyPrefix: `${process.env.REDIS_KEY_PREFIX ?? ''}${randomUUID().slice(0, 8)}:`,
  };
  const factory = new QueueFactory(settings);
  let redis: Redis;
  let ranks: SyncRanks;

  beforeAll(() => {
    redis = createRedis(settings);
    ranks = new SyncRanks(redis);
  });

  afterAll(async () => {
    await redis.quit();
  });

  it('numbers each account’s syncs per band, from 0, apart from other accounts’', async () => {
    const [a, b] = [randomUUID(), randomUUID()];

    const numbered = await ranks.next([
      { accountId: a, trigger: 'connect' },
      { accountId: a, trigger: 'scheduled' },
      { accountId: b, trigger: 'scheduled' },
      { accountId: a, trigger: 'manual' },
      { accountId: a, trigger: 'connect' },
    ]);

    expect(numbered).toEqual([0, 1, 0, 0, 2]);
    expect(await ranks.next([{ accountId: b, trigger: 'connect' }])).toEqual([1]);
  });

  it('starts an account again from 0 once its window has passed', async () => {
    const short = new SyncRanks(redis, 50);
    const account = randomUUID();
    await short.next([{ accountId: account, trigger: 'connect' }]);
    await new Promise((resolve) => setTimeout(resolve, 120));

    expect(await short.next([{ accountId: account, trigger: 'connect' }])).toEqual([0]);
  });

  it("runs a person's sync first, then interleaves one account's backlog with another's few", async () => {
    const { queue, close } = factory.queue(Queues.creatorSync);
    const [big, small, asking] = [randomUUID(), randomUUID(), randomUUID()];
    const add = async (accountId: string, trigger: SyncTrigger, label: string) => {
      const [rank] = await ranks.next([{ accountId, trigger }]);
      const data: CreatorSyncJob = { creatorId: label, accountId, trigger };
      await queue.add(SyncJobs.sync, data, creatorSyncJobOptions(data, { attempts: 1, rank }));
    };
    // One customer connects 20 creators at once; then another's scheduler refresh and a person's request.
    for (let index = 0; index < 20; index += 1) await add(big, 'connect', `big-${index}`);
    await add(small, 'scheduled', 'small-0');
    await add(small, 'scheduled', 'small-1');
    await add(asking, 'manual', 'asked-0');
    const order: string[] = [];
    const worker = factory.worker(
      Queues.creatorSync,
      async (job) => {
        order.push((job.data as CreatorSyncJob).creatorId);
      },
      { concurrency: 1 },
    );
    try {
      await waitFor(
        async () => order.length,
        (count) => count === 23,
        { timeoutMs: 20_000 },
      );
    } finally {
      await worker.close();
      await queue.obliterate({ force: true });
      await close();
    }

    expect(order.slice(0, 5)).toEqual(['asked-0', 'big-0', 'small-0', 'big-1', 'small-1']);
    expect(order.slice(5)).toEqual(Array.from({ length: 18 }, (_, index) => `big-${index + 2}`));
  });
});
