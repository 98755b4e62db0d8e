import type { CreatorLock } from '@tally/platform-kit';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RedisCreatorLockOptions {
  /** Keys are `lock:<namespace>:<id>`, under the connection's key prefix. */
  namespace: string;
  /** How long a lock outlives a holder that died without releasing it. */
  ttlMs: number;
  /** How long to wait for a lock someone else holds before giving up. */
  waitTimeoutMs: number;
  pollIntervalMs?: number;
}

/** Thrown when a lock stayed taken for the whole wait; the job retries later. */
export class LockTimeoutError extends Error {
  constructor(key: string, waitedMs: number) {
    super(`lock ${key} still held by another worker after ${waitedMs} ms`);
    this.name = 'LockTimeoutError';
  }
}

// Deletes the key only while it still holds our token: a lock that expired and
// was taken by another worker must stay theirs.
const RELEASE_SCRIPT = `
if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('del', KEYS[1])
end
return 0`;

/**
 * A CreatorLock shared by every process on the same Redis: SET NX PX to take
 * it, a token-checked delete to give it back, polling while someone else holds it.
 */
export function redisCreatorLock(redis: Redis, options: RedisCreatorLockOptions): CreatorLock {
  const pollIntervalMs = options.pollIntervalMs ?? 50;
  return async <T>(id: string, work: () => Promise<T>): Promise<T> => {
    const key = `lock:${options.namespace}:${id}`;
    const token = randomUUID();
    const deadline = Date.now() + options.waitTimeoutMs;
    while ((await redis.set(key, token, 'PX', options.ttlMs, 'NX')) !== 'OK') {
      if (Date.now() >= deadline) throw new LockTimeoutError(key, options.waitTimeoutMs);
      // Jitter, so that waiting workers do not all retry at the same instant.
      await sleep(pollIntervalMs / 2 + Math.random() * pollIntervalMs);
    }
    try {
      return await work();
    } finally {
      // If Redis is away now, the lock expires on its own after ttlMs; the work's outcome stands.
      await redis.eval(RELEASE_SCRIPT, 1, key, token).catch(() => undefined);
    }
  };
}
