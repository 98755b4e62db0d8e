const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** The wait after each failed attempt: 8 attempts in all, about 33 hours from the first to the last. */
export const WEBHOOK_RETRY_DELAYS_MS: readonly number[] = [
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  10 * HOUR,
];

/** Each wait is moved by up to this share either way, so that an endpoint's failures spread out. */
const JITTER = 0.1;

/**
 * When a failed delivery is tried again: the webhook-schedule backoff of the
 * `webhook-deliveries` queue. Tests scale it down (`scaled`) rather than wait.
 */
export class RetrySchedule {
  constructor(
    private readonly delaysMs: readonly number[] = WEBHOOK_RETRY_DELAYS_MS,
    private readonly random: () => number = Math.random,
  ) {}

  /** The same schedule with every wait multiplied by `factor` (tests: 0.0001 makes 10 h about 4 s). */
  static scaled(factor: number, random?: () => number): RetrySchedule {
    return new RetrySchedule(
      WEBHOOK_RETRY_DELAYS_MS.map((delay) => delay * factor),
      random,
    );
  }

  /** Attempts in all: one more than there are waits. */
  get attempts(): number {
    return this.delaysMs.length + 1;
  }

  /** How long to wait after the `failedAttempts`-th failed attempt (1 for the first), jitter included. */
  delayAfter(failedAttempts: number): number {
    const index = Math.min(Math.max(failedAttempts, 1), this.delaysMs.length) - 1;
    const delay = this.delaysMs[index];
    const jitter = (this.random() * 2 - 1) * JITTER;
    return Math.max(0, Math.round(delay * (1 + jitter)));
  }
}
