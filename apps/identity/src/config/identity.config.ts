import { baseEnvSchema, env, loadConfig } from '@tally/nest-kit';
import { z } from 'zod';

export const identityEnvSchema = baseEnvSchema.extend({
  DATABASE_URL: env.postgresUrl(),
  DATABASE_POOL_SIZE: env.positiveInt(10),
  IDENTITY_HEALTH_PORT: env.port(3001),
});

export type IdentityConfig = z.infer<typeof identityEnvSchema>;

export function loadIdentityConfig(
  source: Record<string, string | undefined> = process.env,
): IdentityConfig {
  return loadConfig(identityEnvSchema, source);
}
