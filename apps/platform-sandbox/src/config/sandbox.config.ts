import { env, loadConfig } from '@tally/nest-kit';
import { SANDBOX_DEV_CLIENT_KEY, SANDBOX_DEV_CLIENT_SECRET } from '@tally/tiktok';
import { z } from 'zod';
import { type SandboxSettings, TIKTOK_SCOPES } from './sandbox-settings.js';

const commaList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    );

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1');

const seconds = (fallback: number) => env.positiveInt(fallback);

export const sandboxEnvSchema = z.object({
  TIKTOK_SANDBOX_PORT: env.port(4500),
  TIKTOK_SANDBOX_HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: env.logLevel(),
  TIKTOK_SANDBOX_CLIENT_KEY: z.string().default(SANDBOX_DEV_CLIENT_KEY),
  TIKTOK_SANDBOX_CLIENT_SECRET: z.string().default(SANDBOX_DEV_CLIENT_SECRET),
  TIKTOK_SANDBOX_REDIRECT_URIS: commaList(
    'http://127.0.0.1:3000/api/v1/connect/tiktok/callback,http://localhost:3000/api/v1/connect/tiktok/callback',
  ).pipe(z.array(env.httpUrl()).min(1)),
  TIKTOK_SANDBOX_APPROVED_SCOPES: commaList(TIKTOK_SCOPES.join(',')).pipe(
    z.array(z.enum(TIKTOK_SCOPES)).min(1),
  ),
  TIKTOK_SANDBOX_AUTO_APPROVE: flag(false),
  TIKTOK_SANDBOX_CODE_TTL_SECONDS: seconds(300),
  TIKTOK_SANDBOX_ACCESS_TOKEN_TTL_SECONDS: seconds(7200),
  TIKTOK_SANDBOX_REFRESH_TOKEN_TTL_SECONDS: seconds(15552000),
  TIKTOK_SANDBOX_RATE_LIMIT_PER_MINUTE: env.positiveInt(600),
  TIKTOK_SANDBOX_LATENCY_MS: z.coerce.number().int().min(0).default(0),
  TIKTOK_SANDBOX_OAUTH_ERROR_STATUS: z.enum(['200', 'http']).default('200'),
});

export type SandboxConfig = z.infer<typeof sandboxEnvSchema>;

export function loadSandboxConfig(
  source: Record<string, string | undefined> = process.env,
): SandboxConfig {
  return loadConfig(sandboxEnvSchema, source);
}

export function sandboxSettingsFrom(config: SandboxConfig): SandboxSettings {
  return {
    clientKey: config.TIKTOK_SANDBOX_CLIENT_KEY,
    clientSecret: config.TIKTOK_SANDBOX_CLIENT_SECRET,
    redirectUris: config.TIKTOK_SANDBOX_REDIRECT_URIS,
    approvedScopes: config.TIKTOK_SANDBOX_APPROVED_SCOPES,
    autoApprove: config.TIKTOK_SANDBOX_AUTO_APPROVE,
    codeTtlSeconds: config.TIKTOK_SANDBOX_CODE_TTL_SECONDS,
    accessTokenTtlSeconds: config.TIKTOK_SANDBOX_ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: config.TIKTOK_SANDBOX_REFRESH_TOKEN_TTL_SECONDS,
    rateLimitPerMinute: config.TIKTOK_SANDBOX_RATE_LIMIT_PER_MINUTE,
    latencyMs: config.TIKTOK_SANDBOX_LATENCY_MS,
    oauthErrorsWithHttpStatus: config.TIKTOK_SANDBOX_OAUTH_ERROR_STATUS === 'http',
  };
}

/** The settings of a sandbox started with an empty environment. */
export function defaultSandboxSettings(): SandboxSettings {
  return sandboxSettingsFrom(loadSandboxConfig({}));
}
