import { createRedis, RedisModuleOptions } from '@tally/nest-kit';

export type RateLimitRedis = ReturnType<typeof createRedis>;

/**
 * A connection that never makes a request wait for Redis: while it is down,
 * commands fail at once (no offline queue), a slow answer fails after
 * `commandTimeoutMs`, and ioredis keeps reconnecting in the background.
 */
export function openRateLimitRedis(
  options: RedisModuleOptions,
  commandTimeoutMs: number,
): RateLimitRedis {
  return createRedis(options, {
    enableOfflineQueue: false,
    commandTimeout: commandTimeoutMs,
    maxRetriesPerRequest: 0,
    connectTimeout: 1000,
    retryStrategy: (attempt) => Math.min(attempt * 100, 1000),
    // Requests that arrive together share one write to Redis (each still runs
    // its own script): a socket write per request costs more than the script.
    enableAutoPipelining: true,
  });
}
