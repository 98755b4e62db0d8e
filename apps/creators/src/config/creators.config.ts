import { tokenEncryptionEnvSchema } from '@tally/creators-data';
import { baseEnvSchema, env, loadConfig } from '@tally/nest-kit';
import { tiktokEnvSchema } from '@tally/tiktok';
import { z } from 'zod';

export const creatorsEnvSchema = baseEnvSchema
  .extend({
    DATABASE_URL: env.postgresUrl(),
    DATABASE_POOL_SIZE: env.positiveInt(10),
    CREATORS_HEALTH_PORT: env.port(3002),
    REDIS_URL: env.redisUrl().default('redis://127.0.0.1:6379'),
    REDIS_KEY_PREFIX: env.keyPrefix(),
    /** Where creators' browsers reach the gateway: the TikTok redirect URI is built from it. */
    PUBLIC_BASE_URL: env.httpUrl().default('http://127.0.0.1:3000'),
    SYNC_ATTEMPTS: env.positiveInt(5),
    /**
     * How long the connect callback waits for a TikTok profile slot (the
     * limit the sync workers share); past it, the first sync reads the profile.
     */
    CONNECT_PROFILE_WAIT_MS: env.positiveInt(2000),
  })
  .extend(tiktokEnvSchema.shape)
  .extend(tokenEncryptionEnvSchema.shape);

export type CreatorsConfig = z.infer<typeof creatorsEnvSchema>;

export function loadCreatorsConfig(
  source: Record<string, string | undefined> = process.env,
): CreatorsConfig {
  return loadConfig(creatorsEnvSchema, source);
}
