import { once } from 'node:events';
import type { Redis } from 'ioredis';
import { createRedis, type RedisModuleOptions } from './redis.module.js';

/**
 * One connection attempt and no reconnecting: a one-shot command fails with
 * the reason (refused, timed out) instead of retrying in the background.
 */
export async function connectCliRedis(options: RedisModuleOptions): Promise<Redis> {
  const redis = createRedis(options, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // ioredis rejects connect() with a bare "Connection is closed."; the cause comes as an event.
  let cause: unknown;
  redis.on('error', (error) => (cause = error));
  try {
    await redis.connect();
  } catch (error) {
    throw cause ?? error;
  }
  return redis;
}

/** Resolves once the connection is gone, so that nothing keeps the process alive. */
export async function closeCliRedis(redis: Redis): Promise<void> {
  if (redis.status === 'end') return;
  const ended = once(redis, 'end');
  redis.disconnect();
  await ended;
}
