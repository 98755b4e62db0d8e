import { baseEnvSchema, env, loadConfig } from '@tally/nest-kit';
import { z } from 'zod';

export const creatorsEnvSchema = baseEnvSchema.extend({
  DATABASE_URL: env.postgresUrl(),
  DATABASE_POOL_SIZE: env.positiveInt(10),
  CREATORS_HEALTH_PORT: env.port(3002),
});

export type CreatorsConfig = z.infer<typeof creatorsEnvSchema>;

export function loadCreatorsConfig(
  source: Record<string, string | undefined> = process.env,
): CreatorsConfig {
  return loadConfig(creatorsEnvSchema, source);
}
