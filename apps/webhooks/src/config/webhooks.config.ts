import {
  baseEnvSchema,
  booleanVar,
  env,
  loadConfig,
  tokenEncryptionEnvSchema,
  tokenKeyringFrom,
  type TokenKeyring,
} from '@tally/nest-kit';
import { z } from 'zod';

export const webhooksEnvSchema = baseEnvSchema
  .extend({
    DATABASE_URL: env.postgresUrl(),
    DATABASE_POOL_SIZE: env.positiveInt(10),
    WEBHOOKS_HEALTH_PORT: env.port(3004),
    REDIS_URL: env.redisUrl().default('redis://127.0.0.1:6379'),
    REDIS_KEY_PREFIX: env.keyPrefix(),
    /**
     * Lets endpoints use `http` and private, loopback and link-local
     * addresses: for local development and tests only (`npm start` sets it).
     */
    WEBHOOK_ALLOW_PRIVATE_URLS: booleanVar().default(false),
    /** Deliveries one process sends at the same time. */
    WEBHOOK_DELIVERY_CONCURRENCY: env.positiveInt(20),
    /** An endpoint must answer 2xx within this long for a delivery to succeed. */
    WEBHOOK_TIMEOUT_MS: env.positiveInt(15000),
  })
  .extend(tokenEncryptionEnvSchema.shape);

export type WebhooksEnv = z.infer<typeof webhooksEnvSchema>;

/** The variables, plus what is derived from them once at start. */
export interface WebhooksConfig extends WebhooksEnv {
  /** Seals endpoints' signing secrets (TOKEN_ENCRYPTION_KEY, as the creators' tokens). */
  secretKeyring: TokenKeyring;
}

export function loadWebhooksConfig(
  source: Record<string, string | undefined> = process.env,
): WebhooksConfig {
  const vars = loadConfig(webhooksEnvSchema, source);
  return { ...vars, secretKeyring: tokenKeyringFrom(vars, vars.NODE_ENV) };
}
