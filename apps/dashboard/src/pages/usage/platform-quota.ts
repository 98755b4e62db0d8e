import { PLATFORM_NAMES } from '@tally/contracts/browser';
import type { Platform, PlatformQuotaView, PlatformUsageReport } from '../../api/types';
import { formatWhole } from '../../lib/format';

export interface QuotaBar {
  /** Share of the day's units spent, 0..1: the bar's fill. */
  usedShare: number;
  /** Where the reserve starts, 0..1: scheduled syncs stop there. */
  reserveStart: number;
  /** Percent of the day's units spent, rounded down so that a full bar means all of it. */
  percent: number;
  /** `fine` below the reserve; `reserve` when only syncs asked for run; `spent` when none can. */
  state: 'fine' | 'reserve' | 'spent';
  usedText: string;
  remainingText: string;
  reserveText: string;
}

function share(part: number, whole: number): number {
  return whole > 0 ? Math.min(1, Math.max(0, part / whole)) : 0;
}

/** A daily quota as the usage page draws it: spent, left, and where the reserve begins. */
export function quotaBar(quota: PlatformQuotaView): QuotaBar {
  const scheduledLimit = Math.max(0, quota.unitsPerDay - quota.reserve);
  const usedShare = share(quota.used, quota.unitsPerDay);
  return {
    usedShare,
    reserveStart: share(scheduledLimit, quota.unitsPerDay),
    percent: Math.floor(usedShare * 100),
    state: quota.remaining <= 0 ? 'spent' : quota.used >= scheduledLimit ? 'reserve' : 'fine',
    usedText: `${formatWhole(quota.used)} of ${formatWhole(quota.unitsPerDay)} units used today`,
    remainingText: `${formatWhole(quota.remaining)} left`,
    reserveText: `The last ${formatWhole(quota.reserve)} units are kept for syncs you ask for, new connections and lookups: scheduled syncs stop at ${formatWhole(scheduledLimit)}.`,
  };
}

/** What the state means for the customer, when it means anything. */
export const QUOTA_STATE_NOTES: Record<QuotaBar['state'], string | null> = {
  fine: null,
  reserve: 'Scheduled syncs wait for the reset; syncs you ask for still run from the reserve.',
  spent: 'No sync can run until the reset: “Sync now” answers with when to try again.',
};

export interface PlatformLimit {
  platform: Platform;
  name: string;
  limit: string;
}

/** The platforms with a daily quota, and the others' limits in words. */
export function splitPlatforms(report: PlatformUsageReport): {
  quotas: { platform: Platform; name: string; limit: string; quota: PlatformQuotaView }[];
  limits: PlatformLimit[];
} {
  const quotas = [];
  const limits = [];
  for (const entry of report.platforms) {
    const name = PLATFORM_NAMES[entry.platform];
    if (entry.quota)
      quotas.push({ platform: entry.platform, name, limit: entry.limit, quota: entry.quota });
    else limits.push({ platform: entry.platform, name, limit: entry.limit });
  }
  return { quotas, limits };
}
