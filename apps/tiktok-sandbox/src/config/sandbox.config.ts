import { env, loadConfig } from '@tally/nest-kit';
import { z } from 'zod';

export const sandboxEnvSchema = z.object({
  TIKTOK_SANDBOX_PORT: env.port(4500),
  TIKTOK_SANDBOX_HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: env.logLevel(),
});

export type SandboxConfig = z.infer<typeof sandboxEnvSchema>;

export function loadSandboxConfig(
  source: Record<string, string | undefined> = process.env,
): SandboxConfig {
  return loadConfig(sandboxEnvSchema, source);
}
