import { createRedis } from '@tally/nest-kit';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { UpstreamLimiter } from '../src/upstream/upstream-limiter.js';

describe('UpstreamLimiter', () => {
  // Three connections stand for three worker processes.
  let connections: Redis[];

  beforeAll(() => {
    const options = {
      url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      keyPrefix: process.env.REDIS_KEY_PREFIX ?? '',
    };
    connections = [createRedis(options), createRedis(options), createRedis(options)];
  });

  afterAll(async () => {
    await Promise.all(connections.map((redis) => redis.quit()));
  });

  it('lets every process together make at most `limit` calls in any window, evenly spaced', async () => {
    const namespace = randomUUID();
    const windowMs = 1000;
    const limiters = connections.map(
      (redis) => new UpstreamLimiter(redis, { limit: 10, windowMs, namespace, burst: 2 }),
    );
    const started = Date.now();
    const times: number[] = [];

    await Promise.all(
      Array.from({ length: 25 }, async (_, index) => {
        await limiters[index % limiters.length].acquire('/v2/video/list/');
        times.push(Date.now() - started);
      }),
    );

    times.sort((a, b) => a - b);
    // No window of a second holds more than 10 calls...
    for (let index = 10; index < times.length; index += 1) {
      expect(times[index] - times[index - 10]).toBeGreaterThanOrEqual(windowMs - 20);
    }
    // ...and after the burst of 2 they leave one interval (1000 / 8 ms) apart, not in clumps.
    expect(times.filter((time) => time < 60)).toHaveLength(2);
    expect(times[24]).toBeGreaterThanOrEqual(23 * 125 - 20);
    expect(times[24]).toBeLessThan(23 * 125 + 500);
  });

  it('keeps endpoints apart', async () => {
    const namespace = randomUUID();
    const limiter = new UpstreamLimiter(connections[0], {
      limit: 4,
      windowMs: 60_000,
      namespace,
      burst: 2,
    });
    const started = Date.now();

    await limiter.acquire('/v2/user/info/');
    await limiter.acquire('/v2/user/info/');
    await limiter.acquire('/v2/video/list/');
    await limiter.acquire('/v2/video/list/');

    expect(Date.now() - started).toBeLessThan(500);
  });

  it('reports how long a caller waited', async () => {
    const waits: number[] = [];
    const limiter = new UpstreamLimiter(connections[1], {
      limit: 2,
      windowMs: 300,
      burst: 1,
      namespace: randomUUID(),
      onWait: (_endpoint, waited) => waits.push(waited),
    });

    await limiter.acquire('/v2/user/info/');
    await limiter.acquire('/v2/user/info/');

    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(250);
  });
});
