import { baseEnvSchema, env, loadConfig } from '@tally/nest-kit';
import { z } from 'zod';

// Only for development and tests: production must bring its own secret.
const DEVELOPMENT_KEY_HASH_SECRET = 'tally-development-key-hash-secret-do-not-use-in-production';

export const identityEnvSchema = baseEnvSchema
  .extend({
    DATABASE_URL: env.postgresUrl(),
    DATABASE_POOL_SIZE: env.positiveInt(10),
    IDENTITY_HEALTH_PORT: env.port(3001),
    KEY_HASH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SESSION_TTL_HOURS: env.positiveInt(24 * 7),
    SIGNING_KEY_ROTATION_DAYS: env.positiveInt(30),
    PUBLIC_BASE_URL: env.httpUrl().default('http://127.0.0.1:3000'),
    REDIS_URL: env.redisUrl().default('redis://127.0.0.1:6379'),
    REDIS_KEY_PREFIX: env.keyPrefix(),
    // Sign-in limits (see auth/sign-in-limiter.ts): failures within the window.
    LOGIN_FAILURE_WINDOW_MINUTES: env.positiveInt(15),
    LOGIN_MAX_FAILURES_PER_EMAIL_AND_IP: env.positiveInt(5),
    LOGIN_MAX_FAILURES_PER_IP: env.positiveInt(50),
    LOGIN_MAX_FAILURES_PER_EMAIL: env.positiveInt(20),
    LOGIN_EMAIL_BACKOFF_MAX_SECONDS: env.positiveInt(60),
    LOGIN_KNOWN_ADDRESS_DAYS: env.positiveInt(30),
    LOGIN_MAX_CONCURRENT_HASHES: env.positiveInt(4),
    LOGIN_MAX_QUEUED_HASHES: z.coerce.number().int().min(0).default(16),
    LOGIN_ATTEMPTS_RETENTION_HOURS: env.positiveInt(24),
  })
  .superRefine((config, context) => {
    if (config.NODE_ENV === 'production' && !config.KEY_HASH_SECRET) {
      context.addIssue({
        code: 'custom',
        path: ['KEY_HASH_SECRET'],
        message: 'is required in production',
      });
    }
  })
  .transform((config) => ({
    ...config,
    KEY_HASH_SECRET: config.KEY_HASH_SECRET ?? DEVELOPMENT_KEY_HASH_SECRET,
  }));

export type IdentityConfig = z.infer<typeof identityEnvSchema>;

export function loadIdentityConfig(
  source: Record<string, string | undefined> = process.env,
): IdentityConfig {
  return loadConfig(identityEnvSchema, source);
}
