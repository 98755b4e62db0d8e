import { baseEnvSchema, env, loadConfig } from '@tally/nest-kit';
import { z } from 'zod';

export const gatewayEnvSchema = baseEnvSchema.extend({
  PORT: env.port(3000),
  HOST: z.string().default('0.0.0.0'),
  BODY_LIMIT_BYTES: env.positiveInt(1024 * 1024),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

export type GatewayConfig = z.infer<typeof gatewayEnvSchema>;

export function loadGatewayConfig(
  source: Record<string, string | undefined> = process.env,
): GatewayConfig {
  return loadConfig(gatewayEnvSchema, source);
}
