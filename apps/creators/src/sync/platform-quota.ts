import { AppError, type Platform, PLATFORM_NAMES } from '@tally/contracts';
import { PlatformSuite } from '@tally/creators-data';
import { Injectable } from '@nestjs/common';

/**
 * The fewest YouTube units a sync spends: the channel, one page of uploads
 * and their videos. A sync asked for with less left than that would only
 * wait in the queue for the reset.
 */
export const MIN_YOUTUBE_SYNC_UNITS = 3;

/** Refuses work a customer asks for when the platform's daily quota cannot take it today. */
@Injectable()
export class PlatformQuotaGuard {
  constructor(private readonly platforms: PlatformSuite) {}

  /** Throws 429 `platform_quota_exhausted`, with Retry-After until the reset, when the day is spent. */
  async assertRoomFor(platform: Platform, units: number): Promise<void> {
    if (platform !== 'YOUTUBE') return;
    const status = await this.platforms.youtubeQuota.status().catch(() => {
      throw new AppError(
        'service_unavailable',
        "Syncs cannot be queued right now: YouTube's quota cannot be read.",
        [{ service: 'redis', reason: 'unavailable' }],
      );
    });
    if (status.remaining >= units) return;
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil((status.resetsAt.getTime() - Date.now()) / 1000),
    );
    throw new AppError(
      'platform_quota_exhausted',
      `${PLATFORM_NAMES[platform]}'s daily quota for Tally is spent; it resets at ${status.resetsAt.toISOString()}.`,
      [{ reason: `daily quota spent until ${status.resetsAt.toISOString()}` }],
      retryAfterSeconds,
    );
  }
}
