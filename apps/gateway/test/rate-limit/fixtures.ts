import { randomBytes, randomUUID } from 'node:crypto';
import type { Environment } from '@tally/contracts';
import { waitFor } from '@tally/testing';
import type { RateLimitDefaults } from '../../src/rate-limit/rate.js';
import type { RateLimitedPrincipal } from '../../src/rate-limit/rate-limit-decision.js';
import type { RateLimitOptions } from '../../src/rate-limit/rate-limit.options.js';
import { RateLimitService } from '../../src/rate-limit/rate-limit.service.js';

export const SHARED_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Small limits, so that a test reaches them in a few requests. */
export const SMALL_LIMITS: RateLimitDefaults = {
  development: { limit: 3, windowSeconds: 600 },
  production: { limit: 5, windowSeconds: 600 },
  burst: { limit: 100, windowSeconds: 1 },
  ip: { limit: 1000, windowSeconds: 600 },
  publishable: { limit: 4, windowSeconds: 600 },
  publishableIp: { limit: 2, windowSeconds: 600 },
};

export function rateLimitOptions(
  limits: Partial<RateLimitDefaults> = {},
  redisUrl = SHARED_REDIS_URL,
): RateLimitOptions {
  return {
    redis: { url: redisUrl, keyPrefix: process.env.REDIS_KEY_PREFIX ?? '' },
    defaults: { ...SMALL_LIMITS, ...limits },
  };
}

/** The same limits as environment variables, as the CLI reads them. */
export function rateLimitEnv(options: RateLimitOptions): Record<string, string> {
  const setting = (rate: { limit: number; windowSeconds: number }) =>
    `${rate.limit}/${rate.windowSeconds}s`;
  return {
    REDIS_URL: options.redis.url,
    REDIS_KEY_PREFIX: options.redis.keyPrefix,
    RATE_LIMIT_DEVELOPMENT: setting(options.defaults.development),
    RATE_LIMIT_PRODUCTION: setting(options.defaults.production),
    RATE_LIMIT_BURST: setting(options.defaults.burst),
    RATE_LIMIT_IP: setting(options.defaults.ip),
    RATE_LIMIT_PUBLISHABLE: setting(options.defaults.publishable),
    RATE_LIMIT_PUBLISHABLE_IP: setting(options.defaults.publishableIp),
  };
}

/** A service whose Redis connection is ready, so that its first request already counts in Redis. */
export async function startService(options: RateLimitOptions): Promise<RateLimitService> {
  const service = new RateLimitService(options);
  await waitFor(
    () => service.redisHealth(),
    (health) => health.status === 'up',
    { timeoutMs: 5000, intervalMs: 20 },
  );
  return service;
}

export function newAccount(): string {
  return `acc_${randomUUID()}`;
}

export function credential(
  accountId: string,
  environment: Environment = 'production',
  credentialType: RateLimitedPrincipal['credentialType'] = 'secret_key',
): RateLimitedPrincipal {
  return { accountId, environment, credentialType, credentialId: `key_${randomUUID()}` };
}

/** An address no other test in the file uses. */
export function newIp(): string {
  const [a, b, c] = randomBytes(3);
  return `10.${a}.${b}.${c}`;
}
