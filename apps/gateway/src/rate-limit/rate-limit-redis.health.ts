import type { HealthCheckResult, HealthIndicator } from '@tally/nest-kit';
import { Injectable } from '@nestjs/common';
import { RateLimitService } from './rate-limit.service.js';

/** `redis` in /health/ready: `degraded`, never down, while limits are counted in memory. */
@Injectable()
export class RateLimitRedisHealthIndicator implements HealthIndicator {
  readonly name = 'redis';

  constructor(private readonly rateLimits: RateLimitService) {}

  check(): Promise<HealthCheckResult> {
    return this.rateLimits.redisHealth();
  }
}
