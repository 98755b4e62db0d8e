import {
  tokenEncryptionEnvSchema,
  tokenKeyringFrom,
  type TokenKeyring,
} from '@tally/creators-data';
import { baseEnvSchema, env, loadConfig } from '@tally/nest-kit';
import { resolveTikTokConfig, tiktokEnvSchema, type TikTokConfig } from '@tally/tiktok';
import { z } from 'zod';

export const syncWorkerEnvSchema = baseEnvSchema.extend({
  DATABASE_URL: env.postgresUrl(),
  DATABASE_POOL_SIZE: env.positiveInt(10),
  REDIS_URL: env.redisUrl().default('redis://127.0.0.1:6379'),
  REDIS_KEY_PREFIX: env.keyPrefix(),
  SYNC_CONCURRENCY: env.positiveInt(10),
  SYNC_WORKER_HEALTH_PORT: env.port(3003),
  // The same TikTok app and token key as the creators service: the worker opens what it sealed.
  ...tiktokEnvSchema.shape,
  ...tokenEncryptionEnvSchema.shape,
});

export type SyncWorkerEnv = z.infer<typeof syncWorkerEnvSchema>;

/** The variables, plus what is derived from them once at start. */
export interface SyncWorkerConfig extends SyncWorkerEnv {
  tiktok: TikTokConfig;
  tokenKeyring: TokenKeyring;
}

/** Stops with a message naming the variable when one is missing or malformed. */
export function loadSyncWorkerConfig(
  source: Record<string, string | undefined> = process.env,
): SyncWorkerConfig {
  const vars = loadConfig(syncWorkerEnvSchema, source);
  return {
    ...vars,
    tiktok: resolveTikTokConfig(vars),
    tokenKeyring: tokenKeyringFrom(vars, vars.NODE_ENV),
  };
}
