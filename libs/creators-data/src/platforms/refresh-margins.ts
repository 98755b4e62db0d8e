import type { PlatformId } from '@tally/platform-kit';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * How long before its access token expires a grant is refreshed. Instagram's
 * long-lived token (60 days) refreshes itself and only once it is a day old:
 * a week ahead leaves every sync in that week a chance to renew it.
 */
const REFRESH_MARGIN_MS: Readonly<Record<PlatformId, number>> = {
  TIKTOK: 5 * MINUTE_MS,
  INSTAGRAM: 7 * DAY_MS,
  YOUTUBE: 5 * MINUTE_MS,
};

export function refreshMarginMs(platform: PlatformId): number {
  return REFRESH_MARGIN_MS[platform];
}
