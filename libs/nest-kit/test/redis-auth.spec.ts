import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { TestRedisServer } from '@tally/testing';
import { createRedis } from '../src/redis/redis.module.js';

const KEY_PREFIX = process.env.REDIS_KEY_PREFIX ?? 'test:';

/** The apps' connection, but giving up at once instead of retrying in the background. */
function openRedis(url: string): Redis {
  const redis = createRedis(
    { url, keyPrefix: KEY_PREFIX },
    { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null },
  );
  redis.on('error', () => undefined);
  return redis;
}

async function roundTrip(url: string): Promise<string | null> {
  const redis = openRedis(url);
  try {
    await redis.set('auth-probe', 'stored');
    return await redis.get('auth-probe');
  } finally {
    redis.disconnect();
  }
}

async function refusalOf(url: string): Promise<Error> {
  try {
    await roundTrip(url);
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error('Redis took the command');
}

describe("the apps' Redis connection (createRedis) to a Redis with an ACL user", () => {
  const password = randomBytes(12).toString('hex');
  let server: TestRedisServer;

  beforeAll(async () => {
    server = await TestRedisServer.start({ user: 'tally', password });
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('works as the user REDIS_URL names, with its password', async () => {
    expect(await roundTrip(server.urlAs('tally', password))).toBe('stored');
  });

  it('is refused without credentials (the default user is off)', async () => {
    expect((await refusalOf(server.url)).message).toMatch(/NOAUTH/);
  });

  it('is refused with a wrong password', async () => {
    expect((await refusalOf(server.urlAs('tally', 'not-the-password'))).message).toMatch(
      /WRONGPASS/,
    );
  });
});

describe("the apps' Redis connection (createRedis) to a Redis with requirepass", () => {
  const password = randomBytes(12).toString('hex');
  let server: TestRedisServer;

  beforeAll(async () => {
    server = await TestRedisServer.start({ password });
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('works with the password alone (redis://:password@host)', async () => {
    expect(await roundTrip(server.urlAs('', password))).toBe('stored');
  });

  it('is refused without the password', async () => {
    expect((await refusalOf(server.url)).message).toMatch(/NOAUTH/);
  });
});
