import type { PlatformLimits } from '@tally/platform-kit';
import { YOUTUBE_ENDPOINTS } from '../client/youtube-endpoints.js';

/** YouTube's default daily quota per Google Cloud project. */
export const YOUTUBE_DEFAULT_UNITS_PER_DAY = 10_000;

/** The quota resets at midnight Pacific Time (PST or PDT, whichever is in force). */
export const YOUTUBE_QUOTA_TIME_ZONE = 'America/Los_Angeles';

/**
 * What each Data API method this client calls costs, in quota units. Every
 * request costs its units, even one YouTube refuses, and every page again.
 */
export const YOUTUBE_UNIT_COSTS = {
  'channels.list': 1,
  'playlistItems.list': 1,
  'videos.list': 1,
} as const;

export type YouTubeMethod = keyof typeof YOUTUBE_UNIT_COSTS;

const METHOD_OF_ENDPOINT: Readonly<Record<string, YouTubeMethod>> = {
  [YOUTUBE_ENDPOINTS.channels]: 'channels.list',
  [YOUTUBE_ENDPOINTS.playlistItems]: 'playlistItems.list',
  [YOUTUBE_ENDPOINTS.videos]: 'videos.list',
};

/** What one GET of a Data API path costs; OAuth paths (token, revoke) cost nothing. */
export function unitCostOf(endpoint: string): number {
  const method = METHOD_OF_ENDPOINT[endpoint];
  return method === undefined ? 0 : YOUTUBE_UNIT_COSTS[method];
}

export function youtubeLimits(unitsPerDay = YOUTUBE_DEFAULT_UNITS_PER_DAY): PlatformLimits {
  return {
    kind: 'daily-units',
    unitsPerDay,
    costs: YOUTUBE_UNIT_COSTS,
    resetTimeZone: YOUTUBE_QUOTA_TIME_ZONE,
  };
}
