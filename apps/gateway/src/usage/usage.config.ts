import { env } from '@tally/nest-kit';
import { z } from 'zod';
import { rateLimitOptionsFrom, type RateLimitEnv } from '../rate-limit/rate-limit.config.js';
import type { UsageOptions } from './usage.options.js';

/** The variables usage recording reads; `.extend(usageEnvSchema.shape)` adds them to the gateway's schema. */
export const usageEnvSchema = z.object({
  USAGE_FLUSH_MS: env.positiveInt(1000),
  USAGE_MAX_PENDING_COUNTERS: env.positiveInt(100_000),
});

export type UsageEnv = z.infer<typeof usageEnvSchema>;

export function usageOptionsFrom(config: RateLimitEnv & UsageEnv): UsageOptions {
  const { redis, defaults } = rateLimitOptionsFrom(config);
  return {
    redis,
    rateLimits: defaults,
    flushMs: config.USAGE_FLUSH_MS,
    maxPendingCounters: config.USAGE_MAX_PENDING_COUNTERS,
  };
}
