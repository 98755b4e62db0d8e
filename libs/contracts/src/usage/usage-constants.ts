/** The windows `GET /api/v1/usage` reports on. */
export const USAGE_PERIODS = ['24h', '7d'] as const;
export type UsagePeriod = (typeof USAGE_PERIODS)[number];

/**
 * What became of an authenticated request: `succeeded` (status below 400),
 * `refused` (the gateway's own rate limiter answered 429), `failed` (any other
 * status from 400 up).
 */
export const USAGE_OUTCOMES = ['succeeded', 'failed', 'refused'] as const;
export type UsageOutcome = (typeof USAGE_OUTCOMES)[number];
