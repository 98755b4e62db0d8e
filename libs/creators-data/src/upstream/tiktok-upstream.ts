import type { Redis } from 'ioredis';
import { UpstreamLimiter, type UpstreamLimiterOptions } from './upstream-limiter.js';

/**
 * TikTok counts its limit over a sliding minute as calls arrive; ours counts
 * them as they leave. Calls that leave close together may arrive in another
 * order or a little later, so ours counts over a slightly longer window: N
 * calls never arrive within TikTok's minute when they left over 62 seconds.
 */
export const UPSTREAM_WINDOW_MS = 62_000;

export interface TikTokUpstreamOptions extends Pick<
  UpstreamLimiterOptions,
  'onWaitStart' | 'onWait' | 'clock'
> {
  /** TIKTOK_RATE_LIMIT_PER_MINUTE: TikTok's limit per endpoint for the app. */
  limitPerMinute: number;
  /** The TikTok app whose limit it is: every process using that client key shares it. */
  clientKey: string;
}

/**
 * The per-endpoint limits of one TikTok app, the same for every process that
 * calls TikTok with it (sync workers, the creators service's connect
 * callback), so that all of them together stay within TikTok's limit.
 */
export function tiktokUpstreamLimiter(
  redis: Redis,
  options: TikTokUpstreamOptions,
): UpstreamLimiter {
  return new UpstreamLimiter(redis, {
    limit: options.limitPerMinute,
    windowMs: UPSTREAM_WINDOW_MS,
    namespace: `tiktok:${options.clientKey}`,
    onWaitStart: options.onWaitStart,
    onWait: options.onWait,
    clock: options.clock,
  });
}
