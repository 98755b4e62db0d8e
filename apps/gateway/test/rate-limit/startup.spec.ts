import { createRedis } from '@tally/nest-kit';
import { TestRedisServer } from '@tally/testing';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { credential, newAccount, newIp, rateLimitOptions } from './fixtures.js';
import { asCredential, readiness, startRateLimitedApp } from './rate-limited-app.js';

describe('rate limiting from the first request on', () => {
  let app: NestFastifyApplication | undefined;
  let warnings: jest.SpyInstance;

  beforeEach(() => {
    warnings = jest.spyOn(Logger.prototype, 'warn');
  });

  afterEach(async () => {
    warnings.mockRestore();
    await app?.close();
    app = undefined;
  });

  async function poolCounter(redisUrl: string, accountId: string): Promise<string | null> {
    const direct = createRedis({ url: redisUrl, keyPrefix: process.env.REDIS_KEY_PREFIX ?? '' });
    try {
      return await direct.get(`ratelimit:pool:${accountId}:production`);
    } finally {
      direct.disconnect();
    }
  }

  it('counts the very first request in Redis and raises no alarm when Redis is up', async () => {
    const options = rateLimitOptions();
    app = await startRateLimitedApp(options);
    const { accountId, credentialId } = credential(newAccount());

    const response = await app.inject({
      method: 'GET',
      url: '/probe',
      headers: asCredential(accountId, credentialId),
      remoteAddress: newIp(),
    });

    expect(response.statusCode).toBe(200);
    expect(await poolCounter(options.redis.url, accountId)).toBe('1');
    expect(warnings).not.toHaveBeenCalled();
  });

  it('starts without Redis, says so once, and reports degraded', async () => {
    const redis = await TestRedisServer.start();
    const url = redis.url;
    await redis.dispose();
    try {
      app = await startRateLimitedApp(rateLimitOptions({}, url));
      const { accountId, credentialId } = credential(newAccount());
      const first = await app.inject({
        method: 'GET',
        url: '/probe',
        headers: asCredential(accountId, credentialId),
        remoteAddress: newIp(),
      });
      await app.inject({
        method: 'GET',
        url: '/probe',
        headers: asCredential(accountId, credentialId),
        remoteAddress: newIp(),
      });

      expect(first.statusCode).toBe(200);
      expect((await readiness(app)).checks.redis?.status).toBe('degraded');
      expect(warnings).toHaveBeenCalledTimes(1);
      expect(warnings.mock.calls[0][0]).toMatch(/Redis could not be reached at start/);
    } finally {
      await app?.close();
      app = undefined;
    }
  });
});
