import type { UsagePeriod } from '@tally/contracts';
import { HOUR_SECONDS, hourStartOf } from './usage.keys.js';

/** Which hourly buckets a report reads and how it groups them. */
export interface UsageWindow {
  period: UsagePeriod;
  /** The hours read, oldest first (epoch seconds); the last one is the current hour. */
  hours: number[];
  /** How many consecutive hours make one point of the series. */
  hoursPerBucket: number;
  bucketSeconds: number;
}

const SHAPES: Record<UsagePeriod, { hours: number; hoursPerBucket: number }> = {
  '24h': { hours: 24, hoursPerBucket: 1 },
  '7d': { hours: 7 * 24, hoursPerBucket: 6 },
};

/**
 * The current hour and the ones before it, enough to cover the period: the
 * last bucket of the series ends with the current hour, so every bucket holds
 * the same number of hours.
 */
export function usageWindow(period: UsagePeriod, nowMs: number): UsageWindow {
  const { hours, hoursPerBucket } = SHAPES[period];
  const first = hourStartOf(nowMs) - (hours - 1) * HOUR_SECONDS;
  return {
    period,
    hours: Array.from({ length: hours }, (_, index) => first + index * HOUR_SECONDS),
    hoursPerBucket,
    bucketSeconds: hoursPerBucket * HOUR_SECONDS,
  };
}
