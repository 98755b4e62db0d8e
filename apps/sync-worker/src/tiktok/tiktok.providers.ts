import {
  RateLimitedTikTokClient,
  tiktokUpstreamLimiter,
  UpstreamLimiter,
} from '@tally/creators-data';
import { REDIS } from '@tally/nest-kit';
import { TikTokClient } from '@tally/tiktok';
import { Inject, Injectable, OnApplicationShutdown, type Provider } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { SyncWorkerConfig } from '../config/sync-worker.config.js';
import { SYNC_WORKER_CONFIG } from '../config/sync-worker.tokens.js';
import { SyncMetrics } from '../metrics/sync-metrics.js';
import { countingFetch } from '../upstream/counting-fetch.js';

/** One per-endpoint limit for every process using the same TikTok app (client key). */
export const upstreamLimiterProvider: Provider = {
  provide: UpstreamLimiter,
  useFactory: (redis: Redis, config: SyncWorkerConfig, metrics: SyncMetrics) =>
    tiktokUpstreamLimiter(redis, {
      limitPerMinute: config.TIKTOK_RATE_LIMIT_PER_MINUTE,
      clientKey: config.tiktok.clientKey,
      onWaitStart: (endpoint) => metrics.limiterWaitStarted(endpoint),
      onWait: (endpoint, waitedMs) => metrics.limiterWaited(endpoint, waitedMs),
    }),
  inject: [REDIS, SYNC_WORKER_CONFIG, SyncMetrics],
};

/** Calls waiting for a slot give up when the process shuts down (their jobs are back in the queue by then). */
@Injectable()
export class UpstreamLimiterCloser implements OnApplicationShutdown {
  constructor(@Inject(UpstreamLimiter) private readonly limiter: UpstreamLimiter) {}

  onApplicationShutdown(): void {
    this.limiter.close();
  }
}

/**
 * The TikTok client: TikTok itself with TIKTOK_CLIENT_KEY set, otherwise the
 * sandbox. Display API calls take a slot of the shared limit first; every call
 * is counted by endpoint and status.
 */
export const tiktokClientProvider: Provider = {
  provide: TikTokClient,
  useFactory: (config: SyncWorkerConfig, limiter: UpstreamLimiter, metrics: SyncMetrics) =>
    new RateLimitedTikTokClient(
      {
        ...config.tiktok,
        fetch: countingFetch(fetch, (endpoint, status) => metrics.tiktokCall(endpoint, status)),
      },
      limiter,
    ),
  inject: [SYNC_WORKER_CONFIG, UpstreamLimiter, SyncMetrics],
};
