import { baseEnvSchema, env, loadConfig } from '@tally/nest-kit';
import { z } from 'zod';

export const syncWorkerEnvSchema = baseEnvSchema.extend({
  DATABASE_URL: env.postgresUrl(),
  DATABASE_POOL_SIZE: env.positiveInt(10),
  REDIS_URL: env.redisUrl().default('redis://127.0.0.1:6379'),
  REDIS_KEY_PREFIX: env.keyPrefix(),
  SYNC_CONCURRENCY: env.positiveInt(10),
  SYNC_WORKER_HEALTH_PORT: env.port(3003),
});

export type SyncWorkerConfig = z.infer<typeof syncWorkerEnvSchema>;

export function loadSyncWorkerConfig(
  source: Record<string, string | undefined> = process.env,
): SyncWorkerConfig {
  return loadConfig(syncWorkerEnvSchema, source);
}
