import { type BeforePlatformCall, PlatformError } from '@tally/platform-kit';
import {
  nextQuotaReset,
  unitCostOf,
  YOUTUBE_QUOTA_TIME_ZONE,
  type YouTubeConfig,
} from '@tally/youtube';
import type { Redis } from 'ioredis';
import {
  DailyUnitQuota,
  type QuotaPriority,
  QuotaExhaustedError,
} from '../upstream/daily-unit-quota.js';

export interface YouTubeQuotaOptions {
  /** YOUTUBE_QUOTA_RESERVE_UNITS */
  reserveUnits: number;
  onSpend?: (units: number, priority: QuotaPriority) => void;
  onRefused?: (priority: QuotaPriority) => void;
}

/** The daily units of the Google project behind `config`, shared by every process through Redis. */
export function youtubeDailyQuota(
  redis: Redis,
  config: YouTubeConfig,
  options: YouTubeQuotaOptions,
): DailyUnitQuota {
  const unitsPerDay = config.quotaUnitsPerDay ?? 10_000;
  return new DailyUnitQuota(redis, {
    unitsPerDay,
    reserveUnits: Math.min(options.reserveUnits, unitsPerDay),
    namespace: `youtube:${config.clientId}`,
    nextReset: (now) => nextQuotaReset(now, YOUTUBE_QUOTA_TIME_ZONE),
    onSpend: options.onSpend,
    onRefused: options.onRefused,
  });
}

/**
 * Spends each Data API call's units before it leaves; a refusal is the
 * platform's `quota_exhausted`, saying when to try again, and nothing is sent.
 */
export function spendQuotaUnits(
  quota: Pick<DailyUnitQuota, 'spendOrThrow'>,
  priority: QuotaPriority,
): BeforePlatformCall {
  return async ({ endpoint }) => {
    const units = unitCostOf(endpoint);
    if (units === 0) return;
    try {
      await quota.spendOrThrow(units, priority);
    } catch (error) {
      if (!(error instanceof QuotaExhaustedError)) throw error;
      throw new PlatformError({
        platform: 'YOUTUBE',
        kind: 'quota_exhausted',
        endpoint,
        message: error.message,
        retryAfterSeconds: error.retryAfterSeconds,
        cause: error,
      });
    }
  };
}

/**
 * Google answering quotaExceeded means the project's quota is spent whatever
 * our count says (another app on the project, a quota lowered): every process
 * stops spending until the reset.
 */
export async function noteQuotaExceeded(
  quota: Pick<DailyUnitQuota, 'markExhausted'>,
  error: unknown,
): Promise<void> {
  const fromGoogle =
    error instanceof PlatformError &&
    error.kind === 'quota_exhausted' &&
    !(error.cause instanceof QuotaExhaustedError);
  if (fromGoogle) await quota.markExhausted();
}
