import { waitFor } from '@tally/testing';
import { randomUUID } from 'node:crypto';
import {
  UpstreamLimiter,
  UpstreamLimiterClosedError,
  type UpstreamLimiterOptions,
} from '../src/upstream/upstream-limiter.js';
import { Calls, mostInAnyWindow } from './support/limiter-calls.js';
import { ManualClock } from './support/manual-clock.js';
import { workerConnections } from './support/worker-connections.js';

const USER_INFO = '/v2/user/info/';
const VIDEO_LIST = '/v2/video/list/';

describe('UpstreamLimiter', () => {
  const connections = workerConnections(3);

  describe('on a controlled clock, against the Redis script', () => {
    let clock: ManualClock;
    let calls: Calls;

    beforeEach(() => {
      clock = new ManualClock();
      calls = new Calls(clock);
    });

    /** One limiter per process, sharing one namespace; windows are long so that Redis' key TTL never ends a test's state. */
    function limiters(options: Partial<UpstreamLimiterOptions> = {}): UpstreamLimiter[] {
      const shared: UpstreamLimiterOptions = {
        limit: 10,
        windowMs: 60_000,
        burst: 2,
        namespace: randomUUID(),
        clock,
        ...options,
      };
      return connections.map((redis) => new UpstreamLimiter(redis, shared));
    }

    it('grants the burst at once, then one slot an interval apart, whichever process asks', async () => {
      // 10 per minute with a burst of 2: one slot every 60 000 / 8 = 7 500 ms after the burst.
      const [first, second, third] = limiters();

      for (const limiter of [first, second, third, first, second])
        await calls.ask(limiter, VIDEO_LIST);
      await clock.advanceTo(1_000);
      await calls.ask(third, VIDEO_LIST);
      // One interval after the queue's last slot has passed, one slot of the burst is back.
      await clock.advanceTo(40_000);
      await calls.ask(first, VIDEO_LIST);
      await calls.ask(second, VIDEO_LIST);
      // After a quiet spell the whole burst is back.
      await clock.advanceTo(200_000);
      for (const limiter of [third, first, second]) await calls.ask(limiter, VIDEO_LIST);

      expect(await calls.slots()).toEqual([
        0, 0, 7_500, 15_000, 22_500, 30_000, 40_000, 45_000, 200_000, 200_000, 207_500,
      ]);
    });

    it('never lets a window of windowMs hold more than limit calls from every process together', async () => {
      const processes = limiters();
      const batches: Array<[at: number, size: number]> = [
        [0, 12],
        [10_000, 3],
        [90_000, 6],
        [95_000, 10],
        [400_000, 4],
      ];

      for (const [at, size] of batches) {
        await clock.advanceTo(at);
        // A batch's calls race each other to Redis, as calls from several processes do.
        for (let index = 0; index < size; index += 1) {
          calls.start(processes[index % processes.length], VIDEO_LIST);
        }
        await calls.reserved();
      }
      const slots = await calls.slots();

      // The calls of any last minute, as TikTok counts: the pace keeps one below the limit.
      expect(mostInAnyWindow(slots, 60_000)).toBe(9);
      const paced = Array.from({ length: 29 }, (_, index) => (index + 1) * 7_500);
      expect([...slots].sort((a, b) => a - b)).toEqual([
        0,
        0,
        ...paced,
        400_000,
        400_000,
        407_500,
        415_000,
      ]);
    });

    it('refuses a caller that will not wait for its slot, and reserves nothing for it', async () => {
      // 10 per minute with a burst of 2: the third slot is 7 500 ms away.
      const [limiter] = limiters();
      await calls.ask(limiter, VIDEO_LIST);
      await calls.ask(limiter, VIDEO_LIST);

      await expect(limiter.acquire(VIDEO_LIST, { maxWaitMs: 7_499 })).rejects.toMatchObject({
        name: 'UpstreamBusyError',
        endpoint: VIDEO_LIST,
        waitMs: 7_500,
      });
      await limiter.acquire(USER_INFO, { maxWaitMs: 0 });
      await calls.ask(limiter, VIDEO_LIST);

      expect(await calls.slots()).toEqual([0, 0, 7_500]);
    });

    it('remembers a queue that reaches further than two windows', async () => {
      // 2 calls per 100 ms, a burst of 1: ten calls reserve a second ahead. Redis keeps the
      // reservations (in real time) until the last has passed, plus a window.
      const [limiter] = limiters({ limit: 2, windowMs: 100, burst: 1 });
      for (let index = 0; index < 10; index += 1) await calls.ask(limiter, VIDEO_LIST);
      await new Promise((resolve) => setTimeout(resolve, 400));
      await calls.ask(limiter, VIDEO_LIST);

      const slots = await calls.slots();
      expect(slots.at(-1)).toBe(1_000);
    });

    it('keeps endpoints apart', async () => {
      // 4 per minute with a burst of 2: one slot every 30 000 ms after the burst.
      const [limiter] = limiters({ limit: 4 });

      await calls.ask(limiter, USER_INFO);
      await calls.ask(limiter, USER_INFO);
      await calls.ask(limiter, VIDEO_LIST);
      await calls.ask(limiter, VIDEO_LIST);
      await calls.ask(limiter, USER_INFO);
      await calls.ask(limiter, VIDEO_LIST);

      expect(await calls.slots()).toEqual([0, 0, 0, 0, 30_000, 30_000]);
    });

    it('tells onWaitStart when a caller has to wait and onWait how long it waited', async () => {
      const started: string[] = [];
      const waits: Array<[string, number]> = [];
      // 2 per minute with a burst of 1: one slot a minute.
      const [limiter] = limiters({
        limit: 2,
        burst: 1,
        onWaitStart: (endpoint) => started.push(endpoint),
        onWait: (endpoint, waitedMs) => waits.push([endpoint, waitedMs]),
      });

      await calls.ask(limiter, USER_INFO);
      expect(started).toEqual([]);
      await calls.ask(limiter, USER_INFO);
      expect(started).toEqual([USER_INFO]);
      expect(waits).toEqual([]);
      await clock.advanceTo(70_000);
      await calls.ask(limiter, USER_INFO);
      await calls.slots();

      expect(started).toEqual([USER_INFO, USER_INFO]);
      expect(waits).toEqual([
        [USER_INFO, 60_000],
        [USER_INFO, 50_000],
      ]);
    });

    it('ends a wait when closed, telling onWait how long the caller waited', async () => {
      const waits: number[] = [];
      const [limiter] = limiters({
        limit: 2,
        burst: 1,
        onWait: (_endpoint, waitedMs) => waits.push(waitedMs),
      });
      await limiter.acquire(USER_INFO);
      const waiting = limiter.acquire(USER_INFO);
      await waitFor(
        async () => clock.sleeping,
        (sleeping) => sleeping === 1,
        { intervalMs: 2 },
      );
      await clock.advanceTo(20_000);

      limiter.close();

      await expect(waiting).rejects.toBeInstanceOf(UpstreamLimiterClosedError);
      expect(waits).toEqual([20_000]);
      await expect(limiter.acquire(VIDEO_LIST)).rejects.toBeInstanceOf(UpstreamLimiterClosedError);
    });
  });

  describe("on Redis' clock", () => {
    it('paces calls from every process: all of them get through, the last no sooner than its slot', async () => {
      const namespace = randomUUID();
      let waitsStarted = 0;
      const waits: number[] = [];
      // 10 a second with a burst of 2: 25 calls take at least 23 intervals of 125 ms.
      const limiters = connections.map(
        (redis) =>
          new UpstreamLimiter(redis, {
            limit: 10,
            windowMs: 1000,
            burst: 2,
            namespace,
            onWaitStart: () => {
              waitsStarted += 1;
            },
            onWait: (_endpoint, waitedMs) => waits.push(waitedMs),
          }),
      );
      const started = Date.now();

      await Promise.all(
        Array.from({ length: 25 }, (_, index) =>
          limiters[index % limiters.length].acquire(VIDEO_LIST),
        ),
      );
      const elapsed = Date.now() - started;

      // Only lower bounds: a busy machine makes calls later, never sooner. The
      // margin covers timers firing a millisecond early and rounding.
      expect(elapsed).toBeGreaterThanOrEqual(23 * 125 - 50);
      expect(waitsStarted).toBeGreaterThan(0);
      expect(waits).toHaveLength(waitsStarted);
      for (const waited of waits) expect(waited).toBeLessThanOrEqual(elapsed);
    });
  });
});
