import type { PlatformLimits } from '@tally/platform-kit';

/**
 * A conservative per-creator hourly budget. Meta's real limit for this API is
 * a Business Use Case limit of 4800 × the account's impressions per rolling
 * 24 h, which Tally cannot know ahead; 200 calls an hour stays under it for
 * any account with a handful of impressions a day.
 */
export const DEFAULT_CALLS_PER_USER_PER_HOUR = 200;

export function instagramLimits(callsPerUserPerHour: number): PlatformLimits {
  return { kind: 'per-user-window', limit: callsPerUserPerHour, windowMs: 3_600_000 };
}
