import { DynamicModule, Module } from '@nestjs/common';
import { RateLimitRedisHealthIndicator } from './rate-limit-redis.health.js';
import { RateLimitGuard } from './rate-limit.guard.js';
import type { RateLimitOptions } from './rate-limit.options.js';
import { RateLimitService } from './rate-limit.service.js';

/**
 * Rate limiting with its own Redis connection. Global, so that the guard can be
 * an APP_GUARD and the health module can reach the indicator.
 */
@Module({})
export class RateLimitModule {
  static register(options: RateLimitOptions): DynamicModule {
    return {
      module: RateLimitModule,
      global: true,
      providers: [
        { provide: RateLimitService, useFactory: () => new RateLimitService(options) },
        RateLimitGuard,
        RateLimitRedisHealthIndicator,
      ],
      exports: [RateLimitService, RateLimitGuard, RateLimitRedisHealthIndicator],
    };
  }
}
