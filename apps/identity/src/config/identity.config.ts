import { baseEnvSchema, DEVELOPMENT_SECRETS, env, loadConfig, withSecrets } from '@tally/nest-kit';
import { z } from 'zod';
import { checkMailCredentials, mailEnvSchema } from '../mail/mail.config.js';

const SECRET_MIN_LENGTH = 32;

/** Older signing-key secrets, comma-separated: they still open keys sealed before a rotation. */
const previousSecrets = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((secret) => secret.trim())
      .filter((secret) => secret !== ''),
  )
  .pipe(
    z.array(
      z.string().min(SECRET_MIN_LENGTH, `each must be at least ${SECRET_MIN_LENGTH} characters`),
    ),
  );

export const identityEnvSchema = baseEnvSchema
  .extend({
    DATABASE_URL: env.postgresUrl(),
    DATABASE_POOL_SIZE: env.positiveInt(10),
    IDENTITY_HEALTH_PORT: env.port(3001),
    /** HMAC key of stored API keys, session tokens and client secrets. */
    KEY_HASH_SECRET: env.secret(),
    /** Encrypts the stored private keys that sign access tokens. */
    SIGNING_KEY_ENCRYPTION_KEY: env.secret(),
    SIGNING_KEY_ENCRYPTION_PREVIOUS_KEYS: previousSecrets,
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
    ...mailEnvSchema.shape,
  })
  .superRefine(checkMailCredentials)
  .transform(
    withSecrets({
      KEY_HASH_SECRET: {
        development: DEVELOPMENT_SECRETS.KEY_HASH_SECRET,
        minLength: SECRET_MIN_LENGTH,
      },
      SIGNING_KEY_ENCRYPTION_KEY: {
        development: DEVELOPMENT_SECRETS.SIGNING_KEY_ENCRYPTION_KEY,
        minLength: SECRET_MIN_LENGTH,
      },
    }),
  );

export type IdentityConfig = z.infer<typeof identityEnvSchema>;

export function loadIdentityConfig(
  source: Record<string, string | undefined> = process.env,
): IdentityConfig {
  return loadConfig(identityEnvSchema, source);
}
