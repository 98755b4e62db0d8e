import { createRedis } from '@tally/nest-kit';
import type { Redis } from 'ioredis';

/**
 * Redis connections that stand for as many worker processes, opened before
 * the enclosing describe's tests and closed after them. Call it inside a
 * describe; the array is filled once beforeAll has run.
 */
export function workerConnections(count: number): Redis[] {
  const connections: Redis[] = [];

  beforeAll(() => {
    const options = {
      url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      keyPrefix: process.env.REDIS_KEY_PREFIX ?? '',
    };
    for (let index = 0; index < count; index += 1) connections.push(createRedis(options));
  });

  afterAll(async () => {
    await Promise.all(connections.map((redis) => redis.quit()));
  });

  return connections;
}
