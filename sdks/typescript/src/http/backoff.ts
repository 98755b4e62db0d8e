/** The first wait when the answer names none; doubled on each later retry. */
export const BASE_DELAY_MS = 500;
/** The longest wait the client picks by itself. */
export const MAX_BACKOFF_MS = 8_000;
/**
 * The longest `Retry-After` the client waits for by itself: a longer one
 * (an account pool refused for minutes) is the caller's decision, so the
 * call fails at once with the 429 and its headers.
 */
export const MAX_RETRY_AFTER_MS = 60_000;
/** At most this much is added to a `Retry-After`, so that waiting clients do not all come back at once. */
const MAX_RETRY_AFTER_JITTER_MS = 1_000;

export interface BackoffInput {
  /** 0 for the wait before the first retry. */
  retry: number;
  /** What `Retry-After` asked for, when it did. */
  retryAfterMs?: number;
  /** A number in [0, 1): Math.random() in use, fixed in tests. */
  random: number;
}

/**
 * How long to wait before a retry. Honours `Retry-After` (never less, plus up
 * to a quarter of it, at most a second, of jitter); otherwise exponential
 * backoff from BASE_DELAY_MS with "equal jitter" (half fixed, half random),
 * capped at MAX_BACKOFF_MS.
 */
export function retryDelayMs({ retry, retryAfterMs, random }: BackoffInput): number {
  if (retryAfterMs !== undefined) {
    const jitter = Math.min(MAX_RETRY_AFTER_JITTER_MS, retryAfterMs / 4);
    return Math.round(retryAfterMs + random * jitter);
  }
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** retry);
  return Math.round(ceiling / 2 + (random * ceiling) / 2);
}
