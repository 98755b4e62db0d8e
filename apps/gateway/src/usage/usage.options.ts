import type { RedisModuleOptions } from '@tally/nest-kit';
import type { RateLimitDefaults } from '../rate-limit/rate.js';

export interface UsageOptions {
  /** The rate limiter's Redis (same URL and key prefix); usage opens a connection of its own. */
  redis: RedisModuleOptions;
  /** The rate limiter's defaults, for the pools' limits where no override applies. */
  rateLimits: RateLimitDefaults;
  /** How often the counts held in memory are written to Redis. */
  flushMs: number;
  /** Most counters (account, hour, credential, environment, outcome) held while Redis is away. */
  maxPendingCounters: number;
}

export const USAGE_OPTIONS = Symbol('USAGE_OPTIONS');

/** How long a flush or a report waits for Redis. */
export const USAGE_REDIS_TIMEOUT_MS = 2000;
