import { baseEnvSchema, ConfigError, env, loadConfig, resolveSecret } from '@tally/nest-kit';
import { z } from 'zod';
import { DEFAULT_GRAPH_VERSION, type InstagramClientOptions } from '../client/instagram-client.js';
import { DEFAULT_CALLS_PER_USER_PER_HOUR } from '../client/instagram-limits.js';
import {
  INSTAGRAM_SANDBOX_DEV_APP_ID,
  INSTAGRAM_SANDBOX_DEV_APP_SECRET,
} from './sandbox-dev-credentials.js';

export const INSTAGRAM_AUTH_BASE_URL = 'https://www.instagram.com';
export const INSTAGRAM_API_BASE_URL = 'https://api.instagram.com';
export const INSTAGRAM_GRAPH_BASE_URL = 'https://graph.instagram.com';

/** Where each Instagram host lives on the sandbox: one origin, a path prefix per host. */
export const INSTAGRAM_SANDBOX_PREFIXES = {
  auth: '/instagram-auth',
  api: '/instagram-api',
  graph: '/instagram-graph',
} as const;

/** The INSTAGRAM_* variables (and the sandbox's); a plain object schema, so that an app can `.extend()` its own with it. */
export const instagramEnvSchema = z.object({
  NODE_ENV: baseEnvSchema.shape.NODE_ENV,
  INSTAGRAM_APP_ID: z.string().optional(),
  INSTAGRAM_APP_SECRET: env.secret(),
  INSTAGRAM_AUTH_BASE_URL: env.httpUrl().optional(),
  INSTAGRAM_API_BASE_URL: env.httpUrl().optional(),
  INSTAGRAM_GRAPH_BASE_URL: env.httpUrl().optional(),
  INSTAGRAM_GRAPH_VERSION: z
    .string()
    .regex(/^v\d+\.\d+$/, 'must be a Graph API version like v25.0')
    .default(DEFAULT_GRAPH_VERSION),
  INSTAGRAM_TIMEOUT_MS: env.positiveInt(10000),
  /** The per-creator hourly call budget, shared by every worker (see instagram-limits.ts). */
  INSTAGRAM_CALLS_PER_USER_PER_HOUR: env.positiveInt(DEFAULT_CALLS_PER_USER_PER_HOUR),
  PLATFORM_SANDBOX_URL: env.httpUrl().optional(),
  /** Where browsers reach the sandbox's consent pages, when not at PLATFORM_SANDBOX_URL (containers). */
  PLATFORM_SANDBOX_PUBLIC_URL: env.httpUrl().optional(),
  // The TikTok sandbox's variables, read while PLATFORM_SANDBOX_* are not set.
  TIKTOK_SANDBOX_PORT: env.port(4500),
  TIKTOK_SANDBOX_URL: env.httpUrl().optional(),
  TIKTOK_SANDBOX_PUBLIC_URL: env.httpUrl().optional(),
  INSTAGRAM_SANDBOX_APP_ID: z.string().default(INSTAGRAM_SANDBOX_DEV_APP_ID),
  INSTAGRAM_SANDBOX_APP_SECRET: z.string().default(INSTAGRAM_SANDBOX_DEV_APP_SECRET),
});

export type InstagramEnv = z.infer<typeof instagramEnvSchema>;

/** Options for an InstagramClient, and which upstream they point at (for logs and /health). */
export type InstagramConfig = Omit<InstagramClientOptions, 'fetch' | 'now'> & {
  upstream: 'instagram' | 'sandbox';
  graphVersion: string;
  callsPerUserPerHour: number;
};

/**
 * With INSTAGRAM_APP_ID set, Tally talks to Instagram. Without it, it talks to
 * the platform sandbox (PLATFORM_SANDBOX_URL, else the TikTok sandbox's
 * address) under a path prefix per Instagram host, with the sandbox's app
 * credentials. Explicit base URLs win in both cases: the browser may need
 * another address than the servers (INSTAGRAM_AUTH_BASE_URL is where
 * creators' browsers go).
 */
export function resolveInstagramConfig(vars: InstagramEnv): InstagramConfig {
  const common = {
    timeoutMs: vars.INSTAGRAM_TIMEOUT_MS,
    graphVersion: vars.INSTAGRAM_GRAPH_VERSION,
    callsPerUserPerHour: vars.INSTAGRAM_CALLS_PER_USER_PER_HOUR,
  };
  if (vars.INSTAGRAM_APP_ID) {
    return {
      upstream: 'instagram',
      authBaseUrl: vars.INSTAGRAM_AUTH_BASE_URL ?? INSTAGRAM_AUTH_BASE_URL,
      apiBaseUrl: vars.INSTAGRAM_API_BASE_URL ?? INSTAGRAM_API_BASE_URL,
      graphBaseUrl: vars.INSTAGRAM_GRAPH_BASE_URL ?? INSTAGRAM_GRAPH_BASE_URL,
      appId: vars.INSTAGRAM_APP_ID,
      appSecret: instagramAppSecret(vars),
      ...common,
    };
  }
  const sandboxUrl = withoutTrailingSlash(
    vars.PLATFORM_SANDBOX_URL ??
      vars.TIKTOK_SANDBOX_URL ??
      `http://127.0.0.1:${vars.TIKTOK_SANDBOX_PORT}`,
  );
  const publicUrl = withoutTrailingSlash(
    vars.PLATFORM_SANDBOX_PUBLIC_URL ?? vars.TIKTOK_SANDBOX_PUBLIC_URL ?? sandboxUrl,
  );
  return {
    upstream: 'sandbox',
    authBaseUrl: vars.INSTAGRAM_AUTH_BASE_URL ?? `${publicUrl}${INSTAGRAM_SANDBOX_PREFIXES.auth}`,
    apiBaseUrl: vars.INSTAGRAM_API_BASE_URL ?? `${sandboxUrl}${INSTAGRAM_SANDBOX_PREFIXES.api}`,
    graphBaseUrl:
      vars.INSTAGRAM_GRAPH_BASE_URL ?? `${sandboxUrl}${INSTAGRAM_SANDBOX_PREFIXES.graph}`,
    appId: vars.INSTAGRAM_SANDBOX_APP_ID,
    appSecret: vars.INSTAGRAM_SANDBOX_APP_SECRET,
    ...common,
  };
}

/**
 * The real app's secret, under the rule every secret follows; the sandbox's
 * development secret can only be a copy-paste slip here, in any environment.
 */
function instagramAppSecret(vars: InstagramEnv): string {
  const secret = vars.INSTAGRAM_APP_SECRET;
  if (!secret) {
    throw new ConfigError(['INSTAGRAM_APP_SECRET: is required when INSTAGRAM_APP_ID is set']);
  }
  if (secret === INSTAGRAM_SANDBOX_DEV_APP_SECRET) {
    throw new ConfigError([
      "INSTAGRAM_APP_SECRET: is the Instagram sandbox's development secret; Instagram needs the app's own (App Dashboard > Instagram > API setup with Instagram login)",
    ]);
  }
  const outcome = resolveSecret(secret, vars.NODE_ENV, {});
  if ('problem' in outcome) throw new ConfigError([`INSTAGRAM_APP_SECRET: ${outcome.problem}`]);
  return secret;
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

export function loadInstagramConfig(
  source: Record<string, string | undefined> = process.env,
): InstagramConfig {
  return resolveInstagramConfig(loadConfig(instagramEnvSchema, source));
}
