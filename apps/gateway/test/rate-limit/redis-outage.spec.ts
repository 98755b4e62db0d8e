import { createRedis } from '@tally/nest-kit';
import { TestRedisServer, waitFor } from '@tally/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { RateLimitOverrides } from '../../src/rate-limit/rate-limit-overrides.js';
import { credential, newAccount, newIp, rateLimitOptions } from './fixtures.js';
import {
  asCredential,
  readiness,
  startRateLimitedApp,
  waitUntilRedisIsUsed,
} from './rate-limited-app.js';

const LIMITS = {
  production: { limit: 3, windowSeconds: 600 },
  burst: { limit: 100, windowSeconds: 1 },
  ip: { limit: 1000, windowSeconds: 600 },
};
// Long, so that a request that did not wait for Redis (under half of it) tells
// itself apart from one that did (all of it) even on a busy machine.
const COMMAND_TIMEOUT_MS = 1000;

describe('rate limiting while its Redis is away', () => {
  let redis: TestRedisServer;
  let app: NestFastifyApplication;

  beforeEach(async () => {
    redis = await TestRedisServer.start();
  });

  afterEach(async () => {
    redis.thaw();
    await app?.close();
    await redis.dispose();
  });

  function options() {
    return { ...rateLimitOptions(LIMITS, redis.url), commandTimeoutMs: COMMAND_TIMEOUT_MS };
  }

  function callAs(accountId: string, credentialId: string) {
    return async () => {
      const startedAt = Date.now();
      const response = await app.inject({
        method: 'GET',
        url: '/probe',
        headers: asCredential(accountId, credentialId),
        remoteAddress: newIp(),
      });
      return { response, tookMs: Date.now() - startedAt };
    };
  }

  async function poolCounter(accountId: string): Promise<string | null> {
    const direct = createRedis({ url: redis.url, keyPrefix: process.env.REDIS_KEY_PREFIX ?? '' });
    try {
      return await direct.get(`ratelimit:pool:${accountId}:production`);
    } finally {
      direct.disconnect();
    }
  }

  it('keeps limiting in memory, reports degraded, and goes back to Redis when it returns', async () => {
    app = await startRateLimitedApp(options());
    await waitUntilRedisIsUsed(app);

    await redis.stop();
    const { accountId, credentialId } = credential(newAccount());
    const call = callAs(accountId, credentialId);
    const whileDown = [await call(), await call(), await call(), await call()];
    const readyWhileDown = await readiness(app);

    expect(whileDown.map(({ response }) => response.statusCode)).toEqual([200, 200, 200, 429]);
    expect(whileDown[3].response.json()).toMatchObject({
      error: { details: [{ reason: 'pool' }] },
    });
    expect(whileDown[3].response.headers['retry-after']).toBeDefined();
    // Counted in memory at once, not after a command timeout.
    expect(Math.max(...whileDown.map(({ tookMs }) => tookMs))).toBeLessThan(COMMAND_TIMEOUT_MS / 2);
    expect(readyWhileDown.status).toBe('degraded');
    expect(readyWhileDown.checks.redis).toMatchObject({
      status: 'degraded',
      detail: expect.stringMatching(/Redis is unreachable/),
    });

    await redis.start();
    await waitUntilRedisIsUsed(app);
    const returning = credential(newAccount());
    const afterwards = await callAs(returning.accountId, returning.credentialId)();

    expect(afterwards.response.statusCode).toBe(200);
    expect(afterwards.response.headers['x-ratelimit-remaining']).toBe('2');
    expect(await poolCounter(returning.accountId)).toBe('1');
    expect((await readiness(app)).status).toBe('ok');
  });

  it('keeps applying the overrides it last saw in Redis', async () => {
    app = await startRateLimitedApp(options());
    await waitUntilRedisIsUsed(app);
    const { accountId, credentialId } = credential(newAccount());
    const operator = createRedis({ url: redis.url, keyPrefix: process.env.REDIS_KEY_PREFIX ?? '' });
    await new RateLimitOverrides(operator).setAccountPool(accountId, 'production', {
      limit: 2,
      windowSeconds: 60,
    });
    operator.disconnect();
    const call = callAs(accountId, credentialId);
    const throughRedis = await call();

    await redis.stop();
    const fromMemory = [await call(), await call(), await call()];

    expect(throughRedis.response.headers['x-ratelimit-limit']).toBe('2');
    expect(fromMemory.map(({ response }) => response.headers['x-ratelimit-limit'])).toEqual([
      '2',
      '2',
      '2',
    ]);
    expect(fromMemory.map(({ response }) => response.statusCode)).toEqual([200, 200, 429]);
  });

  it('answers without waiting long when Redis stops answering', async () => {
    app = await startRateLimitedApp(options());
    await waitUntilRedisIsUsed(app);
    const { accountId, credentialId } = credential(newAccount());
    const call = callAs(accountId, credentialId);

    redis.freeze();
    const first = await call();
    const second = await call();
    const readyWhileFrozen = await readiness(app);
    redis.thaw();

    expect(first.response.statusCode).toBe(200);
    // The first waits for one command timeout; the second no longer tries Redis.
    expect(first.tookMs).toBeLessThan(COMMAND_TIMEOUT_MS + 3000);
    expect(second.tookMs).toBeLessThan(COMMAND_TIMEOUT_MS / 2);
    expect(readyWhileFrozen.checks.redis.status).toBe('degraded');
    // A request that timed out may still run once Redis thaws: a fresh account tells them apart.
    const later = credential(newAccount());
    const countedInRedis = await waitFor(
      async () => {
        await callAs(later.accountId, later.credentialId)();
        return poolCounter(later.accountId);
      },
      (counter) => counter !== null,
      { timeoutMs: 15_000, intervalMs: 100 },
    );
    expect(countedInRedis).not.toBeNull();
  });

  it('starts without Redis and uses it once it is there', async () => {
    await redis.stop();
    app = await startRateLimitedApp(options());
    const { accountId, credentialId } = credential(newAccount());

    const beforeRedis = await callAs(accountId, credentialId)();
    await redis.start();
    await waitUntilRedisIsUsed(app);
    const withRedis = await callAs(accountId, credentialId)();

    expect(beforeRedis.response.statusCode).toBe(200);
    expect(withRedis.response.statusCode).toBe(200);
    expect(await poolCounter(accountId)).toBe('1');
  });
});
