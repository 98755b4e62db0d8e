import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Redis, type RedisOptions } from 'ioredis';
import { HealthCheckResult, HealthIndicator } from '../health/health-indicator.js';

export const REDIS = Symbol('REDIS');

export interface RedisModuleOptions {
  url: string;
  /** Prepended to every key this app writes, so that deployments and test runs do not meet. */
  keyPrefix: string;
}

/** A Redis connection that fails fast instead of queueing commands while Redis is away. */
export function createRedis(options: RedisModuleOptions, overrides: RedisOptions = {}): Redis {
  return new Redis(options.url, {
    keyPrefix: options.keyPrefix,
    connectTimeout: 2000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: true,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    ...overrides,
  });
}

@Injectable()
export class RedisHealthIndicator implements HealthIndicator, OnApplicationShutdown {
  readonly name = 'redis';

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async check(): Promise<HealthCheckResult> {
    await this.redis.ping();
    return { status: 'up' };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

@Module({})
export class RedisModule {
  static forRoot(options: RedisModuleOptions): DynamicModule {
    return {
      module: RedisModule,
      global: true,
      providers: [{ provide: REDIS, useFactory: () => createRedis(options) }, RedisHealthIndicator],
      exports: [REDIS, RedisHealthIndicator],
    };
  }
}
