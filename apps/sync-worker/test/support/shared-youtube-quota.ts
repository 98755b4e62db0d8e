import { DailyUnitQuota } from '@tally/creators-data';
import { createRedis } from '@tally/nest-kit';
import { nextQuotaReset, YOUTUBE_QUOTA_TIME_ZONE } from '@tally/youtube';
import type { Redis } from 'ioredis';
import type { SyncWorkerConfig } from '../../src/config/sync-worker.config.js';

/**
 * YouTube's daily quota as another process sees it: the same Google project
 * (namespace) and key prefix as the workers started with `config`, on a Redis
 * connection of its own.
 */
export class SharedYouTubeQuota {
  private constructor(
    readonly quota: DailyUnitQuota,
    private readonly redis: Redis,
  ) {}

  static open(config: SyncWorkerConfig): SharedYouTubeQuota {
    const redis = createRedis({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX });
    const { youtube, youtubeReserveUnits } = config.platforms;
    const quota = new DailyUnitQuota(redis, {
      unitsPerDay: config.YOUTUBE_QUOTA_UNITS_PER_DAY,
      reserveUnits: youtubeReserveUnits,
      namespace: `youtube:${youtube.clientId}`,
      nextReset: (now) => nextQuotaReset(now, YOUTUBE_QUOTA_TIME_ZONE),
    });
    return new SharedYouTubeQuota(quota, redis);
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
