import {
  AppError,
  PLATFORMS,
  type PlatformUsageReport,
  type PlatformUsageView,
} from '@tally/contracts';
import { PlatformSuite } from '@tally/creators-data';
import type { PlatformLimits } from '@tally/platform-kit';
import { Injectable } from '@nestjs/common';

function limitInWords(limits: PlatformLimits): string {
  switch (limits.kind) {
    case 'per-endpoint-window':
      return `${limits.limit} calls per ${limits.windowMs / 60_000} minute(s) per endpoint`;
    case 'per-user-window':
      return `${limits.limit} calls per ${limits.windowMs / 3_600_000} hour(s) per creator`;
    case 'daily-units':
      return `${limits.unitsPerDay} units per day`;
  }
}

/** Each platform's budget as every Tally process shares it; only YouTube's is a daily quota. */
@Injectable()
export class PlatformUsageService {
  constructor(private readonly platforms: PlatformSuite) {}

  async report(): Promise<PlatformUsageReport> {
    const quota = await this.platforms.youtubeQuota.status().catch(() => {
      throw new AppError('service_unavailable', "YouTube's quota cannot be read right now.", [
        { service: 'redis', reason: 'unavailable' },
      ]);
    });
    return {
      platforms: PLATFORMS.map((platform): PlatformUsageView => {
        const limit = limitInWords(this.platforms.providers.get(platform).limits);
        if (platform !== 'YOUTUBE') return { platform, limit, quota: null };
        return {
          platform,
          limit,
          quota: {
            unitsPerDay: quota.unitsPerDay,
            used: quota.used,
            remaining: quota.remaining,
            reserve: quota.reserveUnits,
            resetsAt: quota.resetsAt.toISOString(),
          },
        };
      }),
    };
  }
}
