import { waitFor } from '@tally/testing';
import type { UpstreamLimiter } from '../../src/upstream/upstream-limiter.js';
import type { ManualClock } from './manual-clock.js';

/**
 * The most of `times` within any window of `windowMs` as a platform counts a
 * sliding window (the calls of the last `windowMs`): t <= time < t + windowMs.
 */
export function mostInAnyWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last += 1) {
    while (sorted[last] - sorted[first] >= windowMs) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

/**
 * Calls to `acquire` against a manual clock. Each call's slot is the clock's
 * time when it resumes: the clock stops at every wake-up time on its way.
 */
export class Calls {
  private readonly resumedAt: Array<number | undefined> = [];
  private readonly settled: Array<Promise<unknown>> = [];

  constructor(private readonly clock: ManualClock) {}

  /** Asks `limiter` for a slot now, without waiting for the answer. */
  start(limiter: UpstreamLimiter, endpoint: string): void {
    const index = this.resumedAt.length;
    this.resumedAt.push(undefined);
    this.settled.push(
      limiter.acquire(endpoint).then(() => {
        this.resumedAt[index] = this.clock.now();
      }),
    );
  }

  /** Resolves once every call started so far has its slot: granted at once, or asleep until it. */
  async reserved(): Promise<void> {
    const answered = (): number =>
      this.resumedAt.filter((time) => time !== undefined).length + this.clock.sleeping;
    // Polls only until Redis has answered; the deadline is for a machine under heavy load.
    const count = await waitFor(
      async () => answered(),
      (n) => n === this.resumedAt.length,
      {
        timeoutMs: 20_000,
        intervalMs: 2,
      },
    );
    expect(count).toBe(this.resumedAt.length);
  }

  /** Asks for one slot now and waits for the limiter's answer. */
  async ask(limiter: UpstreamLimiter, endpoint: string): Promise<void> {
    this.start(limiter, endpoint);
    await this.reserved();
  }

  /** Runs the clock past every reserved slot: when each call resumed, in the order they were made. */
  async slots(): Promise<number[]> {
    const wakeUps = this.clock.wakeUps;
    await this.clock.advanceTo(Math.max(this.clock.now(), ...wakeUps));
    await Promise.all(this.settled);
    return this.resumedAt.map((time) => time ?? Number.NaN);
  }
}
