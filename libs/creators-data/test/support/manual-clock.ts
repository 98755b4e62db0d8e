import type { UpstreamClock } from '../../src/upstream/upstream-limiter.js';

interface Sleeper {
  until: number;
  wake: () => void;
}

/**
 * A clock that moves only when the test moves it. Callers asleep on it wake
 * in the order of their wake-up times, each seeing `now()` equal to its own,
 * so a limiter's slots can be read exactly off the time its callers resume.
 */
export class ManualClock implements UpstreamClock {
  private time: number;
  private sleepers: Sleeper[] = [];

  constructor(start = 0) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = (): void => {
        this.sleepers = this.sleepers.filter((other) => other !== sleeper);
        reject(signal.reason);
      };
      const sleeper: Sleeper = {
        until: this.time + ms,
        wake: () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.sleepers.push(sleeper);
    });
  }

  /** How many callers are asleep on this clock. */
  get sleeping(): number {
    return this.sleepers.length;
  }

  /** The wake-up times of the callers asleep now, earliest first. */
  get wakeUps(): number[] {
    return this.sleepers.map((sleeper) => sleeper.until).sort((a, b) => a - b);
  }

  /**
   * Moves the clock forward to `time`, stopping at every wake-up time on the
   * way until the callers woken there have run as far as they can without I/O.
   */
  async advanceTo(time: number): Promise<void> {
    if (time < this.time) throw new Error(`the clock is at ${this.time}, not before ${time}`);
    for (;;) {
      const next = Math.min(...this.sleepers.map((sleeper) => sleeper.until));
      if (!(next <= time)) break;
      this.time = next;
      const waking = this.sleepers.filter((sleeper) => sleeper.until === next);
      this.sleepers = this.sleepers.filter((sleeper) => sleeper.until !== next);
      for (const sleeper of waking) sleeper.wake();
      // Promise continuations run before the next turn of the event loop.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.time = time;
  }
}
