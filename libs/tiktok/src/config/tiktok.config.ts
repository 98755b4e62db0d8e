import { baseEnvSchema, ConfigError, env, loadConfig, resolveSecret } from '@tally/nest-kit';
import { z } from 'zod';
import type { TikTokClientOptions } from '../client/tiktok-client.js';
import { SANDBOX_DEV_CLIENT_KEY, SANDBOX_DEV_CLIENT_SECRET } from './sandbox-dev-credentials.js';

export const TIKTOK_AUTH_BASE_URL = 'https://www.tiktok.com';
export const TIKTOK_API_BASE_URL = 'https://open.tiktokapis.com';

/** The TIKTOK_* variables; a plain object schema, so that an app can `.extend()` its own with it. */
export const tiktokEnvSchema = z.object({
  NODE_ENV: baseEnvSchema.shape.NODE_ENV,
  TIKTOK_CLIENT_KEY: z.string().optional(),
  TIKTOK_CLIENT_SECRET: env.secret(),
  TIKTOK_AUTH_BASE_URL: env.httpUrl().optional(),
  TIKTOK_API_BASE_URL: env.httpUrl().optional(),
  TIKTOK_TIMEOUT_MS: env.positiveInt(10000),
  /** TikTok's limit per Display API endpoint, shared by every process using the client key. */
  TIKTOK_RATE_LIMIT_PER_MINUTE: env.positiveInt(600),
  TIKTOK_SANDBOX_PORT: env.port(4500),
  TIKTOK_SANDBOX_URL: env.httpUrl().optional(),
  /** Where browsers reach the sandbox's consent page, when not at TIKTOK_SANDBOX_URL (containers). */
  TIKTOK_SANDBOX_PUBLIC_URL: env.httpUrl().optional(),
  TIKTOK_SANDBOX_CLIENT_KEY: z.string().default(SANDBOX_DEV_CLIENT_KEY),
  TIKTOK_SANDBOX_CLIENT_SECRET: z.string().default(SANDBOX_DEV_CLIENT_SECRET),
});

export type TikTokEnv = z.infer<typeof tiktokEnvSchema>;

/** Options for a TikTokClient, and which upstream they point at (for logs and /health). */
export type TikTokConfig = Omit<TikTokClientOptions, 'fetch' | 'now'> & {
  upstream: 'tiktok' | 'sandbox';
};

/**
 * With TIKTOK_CLIENT_KEY set, Tally talks to TikTok. Without it, it talks to
 * the sandbox (TIKTOK_SANDBOX_URL, by default on TIKTOK_SANDBOX_PORT of this
 * machine) with the sandbox's client credentials. Explicit base URLs win in
 * both cases: the browser may need another address than the servers
 * (TIKTOK_AUTH_BASE_URL is where creators' browsers go).
 */
export function resolveTikTokConfig(vars: TikTokEnv): TikTokConfig {
  const timeoutMs = vars.TIKTOK_TIMEOUT_MS;
  if (vars.TIKTOK_CLIENT_KEY) {
    return {
      upstream: 'tiktok',
      authBaseUrl: vars.TIKTOK_AUTH_BASE_URL ?? TIKTOK_AUTH_BASE_URL,
      apiBaseUrl: vars.TIKTOK_API_BASE_URL ?? TIKTOK_API_BASE_URL,
      clientKey: vars.TIKTOK_CLIENT_KEY,
      clientSecret: tiktokClientSecret(vars),
      timeoutMs,
    };
  }
  const sandboxUrl = vars.TIKTOK_SANDBOX_URL ?? `http://127.0.0.1:${vars.TIKTOK_SANDBOX_PORT}`;
  return {
    upstream: 'sandbox',
    authBaseUrl: vars.TIKTOK_AUTH_BASE_URL ?? vars.TIKTOK_SANDBOX_PUBLIC_URL ?? sandboxUrl,
    apiBaseUrl: vars.TIKTOK_API_BASE_URL ?? sandboxUrl,
    clientKey: vars.TIKTOK_SANDBOX_CLIENT_KEY,
    clientSecret: vars.TIKTOK_SANDBOX_CLIENT_SECRET,
    timeoutMs,
  };
}

/**
 * The real app's secret, under the rule every secret follows; the sandbox's
 * development secret can only be a copy-paste slip here, in any environment.
 */
function tiktokClientSecret(vars: TikTokEnv): string {
  const secret = vars.TIKTOK_CLIENT_SECRET;
  if (!secret) {
    throw new ConfigError(['TIKTOK_CLIENT_SECRET: is required when TIKTOK_CLIENT_KEY is set']);
  }
  if (secret === SANDBOX_DEV_CLIENT_SECRET) {
    throw new ConfigError([
      "TIKTOK_CLIENT_SECRET: is the TikTok sandbox's development secret; TikTok needs the app's own (developers.tiktok.com)",
    ]);
  }
  const outcome = resolveSecret(secret, vars.NODE_ENV, {});
  if ('problem' in outcome) throw new ConfigError([`TIKTOK_CLIENT_SECRET: ${outcome.problem}`]);
  return secret;
}

export function loadTikTokConfig(
  source: Record<string, string | undefined> = process.env,
): TikTokConfig {
  return resolveTikTokConfig(loadConfig(tiktokEnvSchema, source));
}
