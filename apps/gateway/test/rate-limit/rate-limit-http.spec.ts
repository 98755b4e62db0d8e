import type { ErrorEnvelope } from '@tally/contracts';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { credential, newAccount, newIp, rateLimitOptions } from './fixtures.js';
import { asCredential, startRateLimitedApp, waitUntilRedisIsUsed } from './rate-limited-app.js';

describe('RateLimitGuard over HTTP', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startRateLimitedApp(
      rateLimitOptions({
        production: { limit: 2, windowSeconds: 600 },
        burst: { limit: 100, windowSeconds: 1 },
        ip: { limit: 2, windowSeconds: 10 },
      }),
    );
    await waitUntilRedisIsUsed(app);
  });

  afterAll(async () => {
    await app.close();
  });

  it('tells an authenticated caller its pool and burst limit', async () => {
    const { accountId, credentialId } = credential(newAccount());

    const response = await app.inject({
      method: 'GET',
      url: '/probe',
      headers: asCredential(accountId, credentialId),
      remoteAddress: newIp(),
    });

    expect(response.statusCode).toBe(200);
    expect(response.headers['x-ratelimit-limit']).toBe('2');
    expect(response.headers['x-ratelimit-remaining']).toBe('1');
    expect(response.headers['x-ratelimit-reset']).toBe('600');
    expect(response.headers['ratelimit-policy']).toBe('"pool";q=2;w=600, "burst";q=100;w=1');
    expect(response.headers['ratelimit']).toBe('"pool";r=1;t=600, "burst";r=99;t=1');
    expect(response.headers['retry-after']).toBeUndefined();
  });

  it('tells an anonymous caller its IP limit', async () => {
    const response = await app.inject({ method: 'GET', url: '/probe', remoteAddress: newIp() });

    expect(response.statusCode).toBe(200);
    expect(response.headers['x-ratelimit-limit']).toBe('2');
    expect(response.headers['x-ratelimit-remaining']).toBe('1');
    expect(response.headers['x-ratelimit-reset']).toBe('10');
    expect(response.headers['ratelimit-policy']).toBe('"ip";q=2;w=10');
    expect(response.headers['ratelimit']).toBe('"ip";r=1;t=10');
  });

  it('refuses with 429, Retry-After, the headers and the limit that was hit', async () => {
    const { accountId, credentialId } = credential(newAccount());
    const request = () =>
      app.inject({
        method: 'GET',
        url: '/probe',
        headers: { ...asCredential(accountId, credentialId), 'x-request-id': 'req-429' },
        remoteAddress: newIp(),
      });
    await request();
    await request();

    const refused = await request();

    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(590);
    expect(refused.headers['x-ratelimit-remaining']).toBe('0');
    expect(refused.headers['ratelimit']).toMatch(/^"pool";r=0;t=\d+, "burst";r=98;t=1$/);
    const body = refused.json<ErrorEnvelope>();
    expect(body.success).toBe(false);
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.details).toEqual([{ reason: 'pool' }]);
    expect(body.error.message).toMatch(/pool .*\(2 requests per 600 seconds\)/);
  });

  it('names the IP limit when it refuses an anonymous caller', async () => {
    const remoteAddress = newIp();
    await app.inject({ method: 'GET', url: '/probe', remoteAddress });
    await app.inject({ method: 'GET', url: '/probe', remoteAddress });

    const refused = await app.inject({ method: 'GET', url: '/probe', remoteAddress });

    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('10');
    expect(refused.headers['ratelimit']).toBe('"ip";r=0;t=10');
    expect(refused.json<ErrorEnvelope>().error.details).toEqual([{ reason: 'ip' }]);
  });

  it('counts requests that fail authentication against the IP limit', async () => {
    const remoteAddress = newIp();
    const guess = () =>
      app.inject({
        method: 'GET',
        url: '/probe',
        headers: asCredential('acc_guess', 'invalid'),
        remoteAddress,
      });

    const first = await guess();
    await guess();
    const third = await guess();

    expect(first.statusCode).toBe(401);
    expect(first.headers['ratelimit']).toBe('"ip";r=1;t=10');
    expect(third.statusCode).toBe(429);
    expect(third.json<ErrorEnvelope>().error.details).toEqual([{ reason: 'ip' }]);
  });

  it('reports Redis as up in readiness while it answers', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/health/ready',
      remoteAddress: newIp(),
    });

    expect(response.json()).toEqual({ status: 'ok', checks: { redis: { status: 'up' } } });
  });
});
