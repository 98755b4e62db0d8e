import { baseEnvSchema, configProblems, loadConfig } from '@tally/nest-kit';
import {
  parseRateSetting,
  rateLimitDefaultsFrom,
  rateLimitEnvSchema,
  rateLimitOptionsFrom,
} from './rate-limit.config.js';

const gatewayLikeSchema = baseEnvSchema.extend(rateLimitEnvSchema.shape);

function problemsOf(env: Record<string, string>): string[] {
  return configProblems(() => loadConfig(gatewayLikeSchema, env));
}

describe('rate-limit configuration', () => {
  it('defaults to the limits of the issue', () => {
    const config = loadConfig(gatewayLikeSchema, {});

    expect(rateLimitDefaultsFrom(config)).toEqual({
      development: { limit: 100, windowSeconds: 600 },
      production: { limit: 5000, windowSeconds: 600 },
      burst: { limit: 100, windowSeconds: 1 },
      ip: { limit: 1000, windowSeconds: 10 },
      publishable: { limit: 1200, windowSeconds: 60 },
      publishableIp: { limit: 60, windowSeconds: 60 },
    });
  });

  it('reads <requests>/<seconds>s from each variable', () => {
    const config = loadConfig(gatewayLikeSchema, {
      RATE_LIMIT_DEVELOPMENT: '20/60s',
      RATE_LIMIT_PRODUCTION: '9000/3600s',
      RATE_LIMIT_BURST: '50/2s',
      RATE_LIMIT_IP: ' 300/5s ',
      RATE_LIMIT_PUBLISHABLE: '2000/60s',
      RATE_LIMIT_PUBLISHABLE_IP: '30/10s',
    });

    expect(rateLimitDefaultsFrom(config)).toEqual({
      development: { limit: 20, windowSeconds: 60 },
      production: { limit: 9000, windowSeconds: 3600 },
      burst: { limit: 50, windowSeconds: 2 },
      ip: { limit: 300, windowSeconds: 5 },
      publishable: { limit: 2000, windowSeconds: 60 },
      publishableIp: { limit: 30, windowSeconds: 10 },
    });
  });

  it.each([
    '100',
    '100/600',
    '100 per 600s',
    '0/10s',
    '10/0s',
    '-5/10s',
    '1.5/10s',
    '1000000000/1s',
  ])('names the variable when its value is %p', (value) => {
    const problems = problemsOf({ RATE_LIMIT_BURST: value });

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^RATE_LIMIT_BURST: must be <requests>\/<seconds>s/);
  });

  it('takes the Redis connection from REDIS_URL and REDIS_KEY_PREFIX', () => {
    const config = loadConfig(gatewayLikeSchema, {
      REDIS_URL: 'redis://cache:6380',
      REDIS_KEY_PREFIX: 'staging:',
    });

    expect(rateLimitOptionsFrom(config).redis).toEqual({
      url: 'redis://cache:6380',
      keyPrefix: 'staging:',
    });
  });

  it('names a malformed REDIS_URL', () => {
    expect(problemsOf({ REDIS_URL: 'http://cache' })[0]).toMatch(/^REDIS_URL: /);
  });

  it('parses a single setting', () => {
    expect(parseRateSetting('7/3s')).toEqual({ limit: 7, windowSeconds: 3 });
    expect(() => parseRateSetting('7 per 3s')).toThrow(/not a rate like 100\/600s/);
  });
});
