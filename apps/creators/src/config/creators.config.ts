import { platformsEnvSchema, tokenEncryptionEnvSchema } from '@tally/creators-data';
import { baseEnvSchema, durationVar, env, loadConfig } from '@tally/nest-kit';
import { z } from 'zod';

export const creatorsEnvSchema = baseEnvSchema
  .extend({
    DATABASE_URL: env.postgresUrl(),
    DATABASE_POOL_SIZE: env.positiveInt(10),
    CREATORS_HEALTH_PORT: env.port(3002),
    REDIS_URL: env.redisUrl().default('redis://127.0.0.1:6379'),
    REDIS_KEY_PREFIX: env.keyPrefix(),
    /** Where creators' browsers reach the gateway: each platform's redirect URI is built from it. */
    PUBLIC_BASE_URL: env.httpUrl().default('http://127.0.0.1:3000'),
    SYNC_ATTEMPTS: env.positiveInt(5),
    /**
     * How long the connect callback waits for a slot of the platform's limit
     * (the one the sync workers share); past it, the first sync reads the profile.
     */
    CONNECT_PROFILE_WAIT_MS: env.positiveInt(2000),
    /**
     * How long a public lookup's answer (a YouTube channel or video that is
     * not connected) is kept before YouTube is asked again (`1h`, `30m`, or
     * seconds); in ms once loaded. Each lookup costs a unit of YouTube's quota.
     */
    PUBLIC_LOOKUP_TTL: durationVar('1h'),
  })
  .extend(platformsEnvSchema.shape)
  .extend(tokenEncryptionEnvSchema.shape);

export type CreatorsConfig = z.infer<typeof creatorsEnvSchema>;

export function loadCreatorsConfig(
  source: Record<string, string | undefined> = process.env,
): CreatorsConfig {
  return loadConfig(creatorsEnvSchema, source);
}
