import { Queues } from '@tally/contracts';
import type { Queue } from 'bullmq';
import { QueueFactory, type QueueHandle } from '../queues/queue-factory.js';
import { longestWaitingSince } from './longest-waiting.js';

describe('longestWaitingSince', () => {
  const factory = new QueueFactory({
    url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    keyPrefix: process.env.REDIS_KEY_PREFIX ?? '',
  });
  let handle: QueueHandle;
  let queue: Queue;

  beforeAll(() => {
    handle = factory.queue(Queues.creatorSync);
    queue = handle.queue;
  });

  afterEach(async () => {
    await queue.obliterate({ force: true });
  });

  afterAll(async () => {
    await handle.close();
  });

  it('is undefined when no job waits, delayed jobs included', async () => {
    await queue.add('probe', {}, { delay: 60_000, timestamp: 1_000 });

    expect(await longestWaitingSince(queue)).toBeUndefined();
  });

  it('is when the first in line of the waiting list was queued', async () => {
    await queue.add('probe', {}, { timestamp: 1_000 });
    await queue.add('probe', {}, { timestamp: 2_000 });
    await queue.add('probe', {}, { timestamp: 3_000 });

    expect(await longestWaitingSince(queue)).toBe(1_000);
  });

  it('finds the earliest queued of the prioritized jobs, not the one that runs next', async () => {
    await queue.add('probe', {}, { priority: 10, timestamp: 1_000 });
    await queue.add('probe', {}, { priority: 1, timestamp: 2_000 });
    await queue.add('probe', {}, { priority: 5, timestamp: 3_000 });

    expect(await longestWaitingSince(queue)).toBe(1_000);
  });

  it('takes the older of the waiting list and the prioritized set', async () => {
    await queue.add('probe', {}, { priority: 3, timestamp: 5_000 });
    await queue.add('probe', {}, { timestamp: 4_000 });

    expect(await longestWaitingSince(queue)).toBe(4_000);
  });

  it('counts a job that ran before from its last attempt, not from when it was first queued', async () => {
    await queue.add('probe', {}, { attempts: 2, backoff: 0, timestamp: 1_000 });
    const worker = factory.worker(Queues.creatorSync, async () => undefined, { autorun: false });
    try {
      const job = await worker.worker.getNextJob('probe-token');
      await job!.moveToFailed(new Error('upstream hiccup'), 'probe-token');
      const retried = await queue.getJob(job!.id!);

      expect(await retried!.getState()).toBe('waiting');
      expect(await longestWaitingSince(queue)).toBe(retried!.processedOn);
    } finally {
      await worker.close();
    }
  });

  it('finds it in whichever chunk of the prioritized set it is', async () => {
    // Lower priorities sort first: the earliest queued ends up in the last chunk.
    await queue.add('probe', {}, { priority: 50, timestamp: 1_000 });
    for (let index = 0; index < 6; index++) {
      await queue.add('probe', {}, { priority: index + 1, timestamp: 2_000 + index });
    }

    expect(await longestWaitingSince(queue, { chunkSize: 2 })).toBe(1_000);
  });
});
