import { env } from '@tally/nest-kit';
import { z } from 'zod';
import { MAX_RATE_VALUE, Rate, RateLimitDefaults } from './rate.js';
import type { RateLimitOptions } from './rate-limit.options.js';

const RATE_SETTING = /^([1-9]\d{0,8})\/([1-9]\d{0,8})s$/;

/** Parses `<requests>/<seconds>s`, e.g. `100/600s`. */
export function parseRateSetting(value: string): Rate {
  const match = RATE_SETTING.exec(value);
  if (!match) {
    throw new Error(`"${value}" is not a rate like 100/600s`);
  }
  return { limit: Number(match[1]), windowSeconds: Number(match[2]) };
}

/** A zod schema for one rate-limit variable in the `<requests>/<seconds>s` format. */
export function rateSetting(fallback: `${number}/${number}s`) {
  return z
    .string()
    .trim()
    .regex(
      RATE_SETTING,
      `must be <requests>/<seconds>s with whole numbers from 1 to ${MAX_RATE_VALUE}, like 100/600s`,
    )
    .default(fallback)
    .transform(parseRateSetting);
}

/** The variables rate limiting reads; `.extend(rateLimitEnvSchema.shape)` adds them to an app's schema. */
export const rateLimitEnvSchema = z.object({
  REDIS_URL: env.redisUrl().default('redis://127.0.0.1:6379'),
  REDIS_KEY_PREFIX: env.keyPrefix(),
  RATE_LIMIT_DEVELOPMENT: rateSetting('100/600s'),
  RATE_LIMIT_PRODUCTION: rateSetting('5000/600s'),
  RATE_LIMIT_BURST: rateSetting('100/1s'),
  RATE_LIMIT_IP: rateSetting('1000/10s'),
  RATE_LIMIT_PUBLISHABLE: rateSetting('1200/60s'),
  RATE_LIMIT_PUBLISHABLE_IP: rateSetting('60/60s'),
});

export type RateLimitEnv = z.infer<typeof rateLimitEnvSchema>;

export function rateLimitDefaultsFrom(config: RateLimitEnv): RateLimitDefaults {
  return {
    development: config.RATE_LIMIT_DEVELOPMENT,
    production: config.RATE_LIMIT_PRODUCTION,
    burst: config.RATE_LIMIT_BURST,
    ip: config.RATE_LIMIT_IP,
    publishable: config.RATE_LIMIT_PUBLISHABLE,
    publishableIp: config.RATE_LIMIT_PUBLISHABLE_IP,
  };
}

export function rateLimitOptionsFrom(config: RateLimitEnv): RateLimitOptions {
  return {
    redis: { url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX },
    defaults: rateLimitDefaultsFrom(config),
  };
}
