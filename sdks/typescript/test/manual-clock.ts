import type { Clock } from '../src/http/clock.js';

/** A clock whose sleeps return at once, and which remembers each wait. */
export class ManualClock implements Clock {
  readonly waits: number[] = [];

  constructor(
    public nowMs = Date.UTC(2026, 0, 1),
    private readonly randomValue = 0.5,
  ) {}

  now = (): number => this.nowMs;
  random = (): number => this.randomValue;

  sleep = async (ms: number, signal: AbortSignal | null): Promise<void> => {
    if (signal?.aborted) throw signal.reason;
    this.waits.push(ms);
    this.nowMs += ms;
  };
}
