import type { RedisModuleOptions } from '@tally/nest-kit';
import type { RateLimitDefaults } from './rate.js';

export interface RateLimitOptions {
  /** A connection of rate limiting's own is opened with these (see rate-limit-redis.ts). */
  redis: RedisModuleOptions;
  defaults: RateLimitDefaults;
  /** How long a request waits for Redis before it is counted in memory instead. */
  commandTimeoutMs?: number;
  /** Most counters the in-memory fallback keeps while Redis is away. */
  fallbackMaxCounters?: number;
}

export const DEFAULT_COMMAND_TIMEOUT_MS = 250;
export const DEFAULT_FALLBACK_MAX_COUNTERS = 100_000;
