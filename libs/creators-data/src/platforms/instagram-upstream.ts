import type { BeforePlatformCall } from '@tally/platform-kit';
import type { Redis } from 'ioredis';
import { type AcquireOptions, UpstreamLimiter } from '../upstream/upstream-limiter.js';
import type { UpstreamHooks } from './upstream-hooks.js';

/**
 * Instagram counts calls per creator over a rolling hour; ours counts them as
 * they leave, over a slightly longer window, as for TikTok.
 */
export const INSTAGRAM_WINDOW_MS = 62 * 60_000;

const PER_CREATOR_LABEL = 'per-creator';

export interface InstagramUpstreamOptions extends UpstreamHooks {
  /** INSTAGRAM_CALLS_PER_USER_PER_HOUR */
  callsPerUserPerHour: number;
  /** The Instagram app whose limit it is. */
  appId: string;
}

/**
 * The per-creator hourly budget of one Instagram app, shared by every process
 * through Redis. Half the budget may leave at once (a sync reads a page and
 * its insights in a burst); the rest is paced over the hour.
 */
export function instagramUpstreamLimiter(
  redis: Redis,
  options: InstagramUpstreamOptions,
): UpstreamLimiter {
  return new UpstreamLimiter(redis, {
    limit: options.callsPerUserPerHour,
    windowMs: INSTAGRAM_WINDOW_MS,
    burst: Math.floor(options.callsPerUserPerHour / 2),
    namespace: `instagram:${options.appId}`,
    // One label for every creator: metrics must not grow a series per creator.
    onWaitStart: () => options.onWaitStart?.(PER_CREATOR_LABEL),
    onWait: (_key, waitedMs) => options.onWait?.(PER_CREATOR_LABEL, waitedMs),
  });
}

/** Takes a slot of the creator's budget before each Graph call made on their behalf. */
export function perCreatorSlots(
  limiter: Pick<UpstreamLimiter, 'acquire'>,
  slotOptions: AcquireOptions = {},
): BeforePlatformCall {
  return async (call) => {
    if (call.externalUserId === undefined) return;
    await limiter.acquire(`user:${call.externalUserId}`, slotOptions);
  };
}
