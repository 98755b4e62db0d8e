import { DynamicModule, Module } from '@nestjs/common';
import { openRateLimitRedis } from '../rate-limit/rate-limit-redis.js';
import { UsageController } from './usage.controller.js';
import { USAGE_OPTIONS, USAGE_REDIS_TIMEOUT_MS, type UsageOptions } from './usage.options.js';
import { UsageRecorder } from './usage.recorder.js';
import { UsageService } from './usage.service.js';
import { UsageStore } from './usage-store.js';

/**
 * Per-credential usage: recorded for every authenticated request, flushed to
 * Redis in batches, reported at GET /api/v1/usage.
 */
@Module({})
export class UsageModule {
  static register(options: UsageOptions): DynamicModule {
    return {
      module: UsageModule,
      controllers: [UsageController],
      providers: [
        { provide: USAGE_OPTIONS, useValue: options },
        {
          provide: UsageStore,
          // A connection of its own: flushes never queue behind the rate limiter's calls.
          useFactory: () =>
            new UsageStore(openRateLimitRedis(options.redis, USAGE_REDIS_TIMEOUT_MS)),
        },
        UsageRecorder,
        UsageService,
      ],
      exports: [UsageRecorder],
    };
  }
}
