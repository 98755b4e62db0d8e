import { TikTokError } from '@tally/tiktok';

/** How long every worker holds off after a 429 that did not say (no Retry-After). */
export const DEFAULT_RATE_LIMIT_PAUSE_MS = 60_000;
/** A Retry-After longer than this is taken for a mistake rather than stopping a queue for hours. */
export const MAX_RATE_LIMIT_PAUSE_MS = 10 * 60_000;

/** How long a 429 from TikTok asks every worker to hold off; undefined for any other failure. */
export function rateLimitPauseMs(error: unknown): number | undefined {
  if (!(error instanceof TikTokError) || error.kind !== 'rate_limited') return undefined;
  if (error.retryAfterSeconds === undefined) return DEFAULT_RATE_LIMIT_PAUSE_MS;
  return Math.min(MAX_RATE_LIMIT_PAUSE_MS, Math.max(1000, error.retryAfterSeconds * 1000));
}
