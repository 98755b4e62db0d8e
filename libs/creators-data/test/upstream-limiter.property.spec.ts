import fc from 'fast-check';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { UpstreamLimiter } from '../src/upstream/upstream-limiter.js';
import { Calls, mostInAnyWindow } from './support/limiter-calls.js';
import { ManualClock } from './support/manual-clock.js';
import { workerConnections } from './support/worker-connections.js';

const ENDPOINTS = ['/v2/user/info/', '/v2/video/list/'] as const;

/** One call: how long after the previous one it is made, by which process, to which endpoint. */
const arrival = fc.record({
  afterMs: fc.oneof(
    { weight: 6, arbitrary: fc.constant(0) },
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 50 }) },
    { weight: 1, arbitrary: fc.integer({ min: 51, max: 5_000 }) },
  ),
  process: fc.integer({ min: 0, max: 2 }),
  endpoint: fc.constantFrom(...ENDPOINTS),
});

const scenario = fc.record({
  limit: fc.integer({ min: 1, max: 25 }),
  windowMs: fc.integer({ min: 100, max: 3_000 }),
  burst: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
  arrivals: fc.array(arrival, { minLength: 1, maxLength: 80 }),
});

/**
 * Random arrival patterns from three processes, replayed against the Redis
 * script on a controlled clock, then counted the way the platform counts: a
 * sliding window of the calls of the last `windowMs`, per endpoint.
 */
describe('UpstreamLimiter against a sliding-window counter', () => {
  const connections = workerConnections(3);

  it('never lets any window hold more than the limit, whatever the arrivals, limit and burst', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ limit, windowMs, burst, arrivals }) => {
        const clock = new ManualClock();
        const namespace = randomUUID();
        const processes = connections.map(
          (redis) => new UpstreamLimiter(redis, { limit, windowMs, burst, namespace, clock }),
        );
        const calls = new Calls(clock);
        for (const call of arrivals) {
          await clock.advanceTo(clock.now() + call.afterMs);
          calls.start(processes[call.process] as UpstreamLimiter, call.endpoint);
          await calls.reserved();
        }
        const slots = await calls.slots();
        expect(slots.every(Number.isFinite)).toBe(true);
        for (const endpoint of ENDPOINTS) {
          const ofEndpoint = slots.filter((_, index) => arrivals[index]?.endpoint === endpoint);
          expect(mostInAnyWindow(ofEndpoint, windowMs)).toBeLessThanOrEqual(limit);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the pace under the limit even when calls reach the platform up to the slack late', async () => {
    // What UPSTREAM_WINDOW_MS allows for: ours counts over the platform's window plus a slack,
    // and a call that leaves on its slot may arrive anywhere within that slack.
    const lateArrivals = fc.record({
      limit: fc.integer({ min: 2, max: 25 }),
      platformWindowMs: fc.integer({ min: 200, max: 2_000 }),
      slackMs: fc.integer({ min: 0, max: 200 }),
      gaps: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 80 }),
      delays: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
        minLength: 80,
        maxLength: 80,
      }),
    });
    await fc.assert(
      fc.asyncProperty(lateArrivals, async ({ limit, platformWindowMs, slackMs, gaps, delays }) => {
        const clock = new ManualClock();
        const limiter = new UpstreamLimiter(connections[0] as Redis, {
          limit,
          windowMs: platformWindowMs + slackMs,
          namespace: randomUUID(),
          clock,
        });
        const calls = new Calls(clock);
        for (const gap of gaps) {
          await clock.advanceTo(clock.now() + gap);
          await calls.ask(limiter, ENDPOINTS[1]);
        }
        const slots = await calls.slots();
        const arrivedAt = slots.map((slot, index) => slot + (delays[index] as number) * slackMs);
        expect(mostInAnyWindow(arrivedAt, platformWindowMs)).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 40 },
    );
  });
});
