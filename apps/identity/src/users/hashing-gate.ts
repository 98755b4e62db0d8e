import { AppError } from '@tally/contracts';

/** Seconds a refused caller is told to wait: a hash takes a fraction of one. */
const RETRY_AFTER_SECONDS = 1;

/**
 * Bounds the argon2 work of this process (each run takes tens of MiB and a
 * core): at most `maxRunning` at once, at most `maxWaiting` more waiting for
 * a turn, and beyond that a `rate_limited` refusal at once, so a flood of
 * sign-ins is turned away instead of piling up behind the hashes.
 */
export class HashingGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly maxRunning: number,
    private readonly maxWaiting: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.enter();
    try {
      return await work();
    } finally {
      this.leave();
    }
  }

  private enter(): Promise<void> {
    if (this.running < this.maxRunning) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.maxWaiting) {
      return Promise.reject(
        new AppError(
          'rate_limited',
          'Too many sign-ins are being checked right now; try again in a moment.',
          [{ reason: 'busy' }],
          RETRY_AFTER_SECONDS,
        ),
      );
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private leave(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next in line, so `running` stays as it is.
    if (next) next();
    else this.running -= 1;
  }
}
