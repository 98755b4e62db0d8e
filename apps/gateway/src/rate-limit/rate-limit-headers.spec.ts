import { decisionFrom } from './decision.js';
import { rateLimitHeaders } from './rate-limit-headers.js';

// Limiter answers: allowed, then limit, window, used, ms until reset for ip, pool, burst.
const anonymousAllowed = [1, 1000, 10, 1, 10000];
const credentialAllowed = [1, 1000, 10, 1, 9000, 5000, 600, 1, 598200, 100, 1, 1, 1000];

describe('rateLimitHeaders', () => {
  it("describes an authenticated caller's pool, and its pool and burst policies", () => {
    const headers = rateLimitHeaders(decisionFrom(credentialAllowed, 'redis'));

    expect(headers).toEqual({
      'X-RateLimit-Limit': '5000',
      'X-RateLimit-Remaining': '4999',
      'X-RateLimit-Reset': '599',
      'RateLimit-Policy': '"pool";q=5000;w=600, "burst";q=100;w=1',
      RateLimit: '"pool";r=4999;t=599, "burst";r=99;t=1',
    });
  });

  it('describes the IP limit to an anonymous caller', () => {
    const headers = rateLimitHeaders(decisionFrom(anonymousAllowed, 'redis'));

    expect(headers).toEqual({
      'X-RateLimit-Limit': '1000',
      'X-RateLimit-Remaining': '999',
      'X-RateLimit-Reset': '10',
      'RateLimit-Policy': '"ip";q=1000;w=10',
      RateLimit: '"ip";r=999;t=10',
    });
  });

  it('adds Retry-After, the wait for the limit that was hit, to a refusal', () => {
    const burstRefused = [0, 1000, 10, 3, 9000, 5000, 600, 42, 500000, 100, 1, 100, 350];

    const headers = rateLimitHeaders(decisionFrom(burstRefused, 'redis'));

    expect(headers['Retry-After']).toBe('1');
    expect(headers.RateLimit).toBe('"pool";r=4958;t=500, "burst";r=0;t=1');
    expect(headers['X-RateLimit-Remaining']).toBe('4958');
  });

  it('adds the IP limit to the policies when it refused an authenticated caller', () => {
    const ipRefused = [0, 1000, 10, 1000, 4200, 5000, 600, 7, 500000, 100, 1, 0, 1000];

    const headers = rateLimitHeaders(decisionFrom(ipRefused, 'redis'));

    expect(headers['RateLimit-Policy']).toBe(
      '"pool";q=5000;w=600, "burst";q=100;w=1, "ip";q=1000;w=10',
    );
    expect(headers.RateLimit).toBe('"pool";r=4993;t=500, "burst";r=100;t=1, "ip";r=0;t=5');
    expect(headers['Retry-After']).toBe('5');
  });
});

describe('decisionFrom', () => {
  it('blames the exhausted limit that takes longest to reset', () => {
    const poolAndBurstExhausted = [0, 1000, 10, 3, 9000, 5000, 600, 5000, 120000, 100, 1, 100, 400];

    const decision = decisionFrom(poolAndBurstExhausted, 'memory');

    expect(decision).toMatchObject({
      allowed: false,
      refusedBy: { name: 'pool' },
      retryAfterSeconds: 120,
      enforcedBy: 'memory',
    });
  });

  it('rounds the reset up to whole seconds, never to 0', () => {
    const nearlyReset = [1, 1000, 10, 1, 1, 5000, 600, 1, 1200, 100, 1, 1, 1];

    const decision = decisionFrom(nearlyReset, 'redis');

    expect(decision.ip.resetSeconds).toBe(1);
    expect(decision.pool?.resetSeconds).toBe(2);
  });
});
