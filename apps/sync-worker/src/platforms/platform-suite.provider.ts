import { PlatformCallLedger, PlatformSuite } from '@tally/creators-data';
import { REDIS } from '@tally/nest-kit';
import { Inject, Injectable, Logger, OnApplicationShutdown, type Provider } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { SyncWorkerConfig } from '../config/sync-worker.config.js';
import { SYNC_WORKER_CONFIG } from '../config/sync-worker.tokens.js';
import { SyncMetrics } from '../metrics/sync-metrics.js';
import { countingFetch } from '../upstream/counting-fetch.js';

/**
 * Every platform, the real one with its credentials set and the sandbox
 * otherwise, under the limits every process shares: TikTok's calls wait
 * their turn (a backlog is paced, never refused); a sync that would wait
 * longer than SYNC_SLOT_WAIT_MS for an Instagram creator's slot is put off.
 * Every call is counted by platform, endpoint and status in this process's
 * metrics, and tallied with every other process's in the call ledger.
 */
export const platformSuiteProvider: Provider = {
  provide: PlatformSuite,
  useFactory: (
    redis: Redis,
    config: SyncWorkerConfig,
    metrics: SyncMetrics,
    ledger: PlatformCallLedger,
  ) =>
    new PlatformSuite(redis, config.platforms, {
      maxSlotWaitMs: { INSTAGRAM: config.SYNC_SLOT_WAIT_MS },
      fetchFor: (platform) =>
        countingFetch(platform, fetch, (endpoint, status) => {
          metrics.platformCall(platform, endpoint, status);
          void ledger.recordCall(platform, status);
        }),
      hooks: {
        TIKTOK: {
          onWaitStart: (limit) => metrics.limiterWaitStarted('TIKTOK', limit),
          onWait: (limit, waitedMs) => {
            metrics.limiterWaited('TIKTOK', limit, waitedMs);
            void ledger.recordLimiterWait('TIKTOK', waitedMs);
          },
        },
        INSTAGRAM: {
          onWaitStart: (limit) => metrics.limiterWaitStarted('INSTAGRAM', limit),
          onWait: (limit, waitedMs) => {
            metrics.limiterWaited('INSTAGRAM', limit, waitedMs);
            void ledger.recordLimiterWait('INSTAGRAM', waitedMs);
          },
        },
      },
      quota: {
        onSpend: (units, priority) => metrics.quotaSpent('YOUTUBE', units, priority),
        onRefused: (priority) => {
          metrics.quotaRefused('YOUTUBE', priority);
          void ledger.recordQuotaRefusal('YOUTUBE', priority);
        },
      },
    }),
  inject: [REDIS, SYNC_WORKER_CONFIG, SyncMetrics, PlatformCallLedger],
};

/**
 * The calls of every process, per platform and UTC day, for `npm run cli --
 * platforms status`. Recording never fails a call; a failure to record is logged.
 */
export const platformCallLedgerProvider: Provider = {
  provide: PlatformCallLedger,
  useFactory: (redis: Redis) => {
    const logger = new Logger(PlatformCallLedger.name);
    return new PlatformCallLedger(redis, {
      onError: (error, platform) =>
        logger.warn({ msg: 'could not tally a platform call in Redis', platform, err: error }),
    });
  },
  inject: [REDIS],
};

/** Calls waiting for a slot give up when the process shuts down (their jobs are back in the queue by then). */
@Injectable()
export class PlatformSuiteCloser implements OnApplicationShutdown {
  constructor(@Inject(PlatformSuite) private readonly suite: PlatformSuite) {}

  onApplicationShutdown(): void {
    this.suite.close();
  }
}
