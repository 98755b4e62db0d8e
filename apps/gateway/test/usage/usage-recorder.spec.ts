import type { Principal } from '@tally/contracts';
import { createRedis } from '@tally/nest-kit';
import { TestRedisServer, waitFor } from '@tally/testing';
import { Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { openRateLimitRedis } from '../../src/rate-limit/rate-limit-redis.js';
import { hourStartOf, usageField, usageKey } from '../../src/usage/usage.keys.js';
import { UsageRecorder } from '../../src/usage/usage.recorder.js';
import { UsageStore } from '../../src/usage/usage-store.js';
import { SHARED_REDIS_URL, SMALL_LIMITS } from '../rate-limit/fixtures.js';

const KEY_PREFIX = process.env.REDIS_KEY_PREFIX ?? '';
const HOUR_MS = 3_600_000;

function principal(): Principal {
  return {
    accountId: randomUUID(),
    credentialType: 'secret_key',
    credentialId: randomUUID(),
    environment: 'production',
    permissions: [],
    expiresAt: null,
  };
}

function recorder(redisUrl: string, flushMs = HOUR_MS): UsageRecorder {
  const redis = { url: redisUrl, keyPrefix: KEY_PREFIX };
  const store = new UsageStore(openRateLimitRedis(redis, 2000));
  return new UsageRecorder(
    store,
    { redis, rateLimits: SMALL_LIMITS, flushMs, maxPendingCounters: 1000 },
    new HttpAdapterHost(),
  );
}

/** The count of one field as Redis holds it, through a connection of the test's own. */
async function stored(
  redisUrl: string,
  caller: Principal,
  outcome: 'succeeded' | 'failed' | 'refused',
  atMs = Date.now(),
): Promise<{ count: number; ttlSeconds: number }> {
  const direct = createRedis({ url: redisUrl, keyPrefix: KEY_PREFIX });
  try {
    const key = usageKey(caller.accountId, hourStartOf(atMs));
    const field = usageField(
      caller.credentialType,
      caller.credentialId,
      caller.environment,
      outcome,
    );
    const [count, ttlSeconds] = await Promise.all([direct.hget(key, field), direct.ttl(key)]);
    return { count: Number(count ?? 0), ttlSeconds };
  } finally {
    direct.disconnect();
  }
}

/** Until the connection is up, a flush fails and keeps its counts: wait for one that gets through. */
async function whenConnected(sut: UsageRecorder): Promise<void> {
  sut.record(principal(), 'succeeded');
  await waitFor(
    () => sut.flush(),
    (written) => written,
    { timeoutMs: 5000, intervalMs: 20 },
  );
}

describe('UsageRecorder', () => {
  beforeAll(() => Logger.overrideLogger(false));

  describe('with Redis', () => {
    let sut: UsageRecorder;

    beforeEach(async () => {
      sut = recorder(SHARED_REDIS_URL);
      await whenConnected(sut);
    });

    afterEach(async () => {
      await sut.onApplicationShutdown();
    });

    it('adds the counts to the hash of their hour, which expires a little after seven days', async () => {
      const caller = principal();
      sut.record(caller, 'succeeded');
      sut.record(caller, 'succeeded');
      sut.record(caller, 'refused');

      const written = await sut.flush();
      sut.record(caller, 'succeeded');
      await sut.flush();

      const succeeded = await stored(SHARED_REDIS_URL, caller, 'succeeded');
      const refused = await stored(SHARED_REDIS_URL, caller, 'refused');
      expect(written).toBe(true);
      expect(succeeded.count).toBe(3);
      expect(refused.count).toBe(1);
      expect(succeeded.ttlSeconds).toBeGreaterThan(168 * 3600);
      expect(succeeded.ttlSeconds).toBeLessThanOrEqual(169 * 3600);
    });

    it('does not write a batch twice when Redis refused a part of it', async () => {
      const spoilt = principal();
      const caller = principal();
      const direct = createRedis({ url: SHARED_REDIS_URL, keyPrefix: KEY_PREFIX });
      await direct.set(usageKey(spoilt.accountId, hourStartOf(Date.now())), 'not a hash');
      direct.disconnect();
      sut.record(spoilt, 'succeeded');
      sut.record(caller, 'succeeded');

      const written = [await sut.flush(), await sut.flush()];

      expect(written).toEqual([true, true]);
      expect((await stored(SHARED_REDIS_URL, caller, 'succeeded')).count).toBe(1);
    });

    it('puts requests of different hours in different hashes', async () => {
      const caller = principal();
      const lastHour = Date.now() - HOUR_MS;
      sut.record(caller, 'failed', lastHour);
      sut.record(caller, 'failed');

      await sut.flush();

      expect((await stored(SHARED_REDIS_URL, caller, 'failed', lastHour)).count).toBe(1);
      expect((await stored(SHARED_REDIS_URL, caller, 'failed')).count).toBe(1);
    });
  });

  it('writes on its own every flushMs', async () => {
    const sut = recorder(SHARED_REDIS_URL, 50);
    sut.onModuleInit();
    const caller = principal();

    try {
      sut.record(caller, 'succeeded');

      const seen = await waitFor(
        () => stored(SHARED_REDIS_URL, caller, 'succeeded'),
        ({ count }) => count === 1,
        { timeoutMs: 10_000, intervalMs: 25 },
      );
      expect(seen.count).toBe(1);
    } finally {
      await sut.onApplicationShutdown();
    }
  });

  it('writes what is left when the app shuts down', async () => {
    const sut = recorder(SHARED_REDIS_URL);
    await whenConnected(sut);
    const caller = principal();
    sut.record(caller, 'failed');

    await sut.onApplicationShutdown();

    expect((await stored(SHARED_REDIS_URL, caller, 'failed')).count).toBe(1);
  });

  describe('while Redis is away', () => {
    let server: TestRedisServer;

    beforeEach(async () => {
      server = await TestRedisServer.start();
    });

    afterEach(async () => {
      await server.dispose();
    });

    it('keeps the counts in memory and writes them, once, when Redis is back', async () => {
      const sut = recorder(server.url);
      await whenConnected(sut);
      const caller = principal();
      try {
        await server.stop();
        sut.record(caller, 'succeeded');
        sut.record(caller, 'refused');

        const whileDown = [await sut.flush(), await sut.flush()];
        sut.record(caller, 'succeeded');
        await server.start();
        await whenConnected(sut);

        expect(whileDown).toEqual([false, false]);
        expect((await stored(server.url, caller, 'succeeded')).count).toBe(2);
        expect((await stored(server.url, caller, 'refused')).count).toBe(1);
      } finally {
        await sut.onApplicationShutdown();
      }
    });

    it('records without waiting for Redis', async () => {
      const sut = recorder(server.url);
      await whenConnected(sut);
      server.freeze();
      try {
        const startedAt = performance.now();
        for (let i = 0; i < 1000; i++) sut.record(principal(), 'succeeded');

        // A few milliseconds when idle; waiting even once for the frozen Redis
        // would take the connection's whole command timeout (2 s).
        expect(performance.now() - startedAt).toBeLessThan(1000);
      } finally {
        server.thaw();
        await sut.onApplicationShutdown();
      }
    });
  });
});
