import { configProblems } from '@tally/nest-kit';
import { loadGatewayConfig } from '../config/gateway.config.js';
import { usageOptionsFrom } from './usage.config.js';

describe('usage configuration', () => {
  it('flushes every second and holds 100 000 counters unless told', () => {
    const options = usageOptionsFrom(loadGatewayConfig({ NODE_ENV: 'test' }));

    expect(options).toMatchObject({ flushMs: 1000, maxPendingCounters: 100_000 });
  });

  it("uses the rate limiter's Redis, key prefix and default limits", () => {
    const options = usageOptionsFrom(
      loadGatewayConfig({
        NODE_ENV: 'test',
        REDIS_URL: 'redis://cache:6380',
        REDIS_KEY_PREFIX: 'staging:',
        RATE_LIMIT_DEVELOPMENT: '7/60s',
        USAGE_FLUSH_MS: '250',
        USAGE_MAX_PENDING_COUNTERS: '10',
      }),
    );

    expect(options).toMatchObject({
      redis: { url: 'redis://cache:6380', keyPrefix: 'staging:' },
      rateLimits: { development: { limit: 7, windowSeconds: 60 } },
      flushMs: 250,
      maxPendingCounters: 10,
    });
  });

  it.each(['USAGE_FLUSH_MS', 'USAGE_MAX_PENDING_COUNTERS'])(
    'refuses a %s that is not a positive whole number, naming it',
    (name) => {
      expect(configProblems(() => loadGatewayConfig({ NODE_ENV: 'test', [name]: '0' }))).toEqual([
        expect.stringMatching(new RegExp(`^${name}: `)) as string,
      ]);
    },
  );
});
