import { PlatformError } from '@tally/platform-kit';

/** How long every worker holds off after a 429 that did not say (no Retry-After). */
export const DEFAULT_RATE_LIMIT_PAUSE_MS = 60_000;
/** A Retry-After longer than this is taken for a mistake rather than stopping a queue for hours. */
export const MAX_RATE_LIMIT_PAUSE_MS = 10 * 60_000;

/** How long a rate-limit refusal asks to hold off, bounded; undefined for any other failure. */
export function rateLimitPauseMs(error: unknown): number | undefined {
  if (!(error instanceof PlatformError) || error.kind !== 'rate_limited') return undefined;
  if (error.retryAfterSeconds === undefined) return DEFAULT_RATE_LIMIT_PAUSE_MS;
  return Math.min(MAX_RATE_LIMIT_PAUSE_MS, Math.max(1000, error.retryAfterSeconds * 1000));
}

/**
 * TikTok's limit is the app's, per endpoint: its 429 pauses the whole queue.
 * Instagram's is per creator and YouTube's is checked before each call: their
 * refusals put off only the job that met them.
 */
export function pausesQueue(error: unknown): boolean {
  return error instanceof PlatformError && error.platform === 'TIKTOK';
}
