import { baseEnvSchema, ConfigError, env, loadConfig, resolveSecret } from '@tally/nest-kit';
import { z } from 'zod';
import type { YouTubeClientOptions } from '../client/youtube-client.js';
import { YOUTUBE_DEFAULT_UNITS_PER_DAY } from '../quota/quota.js';
import {
  GOOGLE_SANDBOX_DEV_CLIENT_ID,
  GOOGLE_SANDBOX_DEV_CLIENT_SECRET,
  YOUTUBE_SANDBOX_DEV_API_KEY,
} from './sandbox-dev-credentials.js';

export const GOOGLE_AUTH_BASE_URL = 'https://accounts.google.com';
export const GOOGLE_TOKEN_BASE_URL = 'https://oauth2.googleapis.com';
export const YOUTUBE_API_BASE_URL = 'https://www.googleapis.com';

/** Where the sandbox serves each Google host: the paths under them are Google's own. */
export const SANDBOX_PATH_PREFIXES = {
  auth: '/google-auth',
  token: '/google-token',
  api: '/youtube-api',
} as const;

/** The GOOGLE_* and YOUTUBE_* variables; a plain object schema, so that an app can `.extend()` with it. */
export const youtubeEnvSchema = z.object({
  NODE_ENV: baseEnvSchema.shape.NODE_ENV,
  GOOGLE_CLIENT_ID: z.string().optional(),
  GOOGLE_CLIENT_SECRET: env.secret(),
  GOOGLE_AUTH_BASE_URL: env.httpUrl().optional(),
  GOOGLE_TOKEN_BASE_URL: env.httpUrl().optional(),
  YOUTUBE_API_BASE_URL: env.httpUrl().optional(),
  /** The server key for public lookups; without one they are refused. */
  YOUTUBE_API_KEY: env.secret(),
  /** The project's daily quota, shared by every process using it. */
  YOUTUBE_QUOTA_UNITS_PER_DAY: env.positiveInt(YOUTUBE_DEFAULT_UNITS_PER_DAY),
  YOUTUBE_TIMEOUT_MS: env.positiveInt(10000),
  // The platform sandbox: PLATFORM_SANDBOX_* first, else TikTok's variables.
  PLATFORM_SANDBOX_URL: env.httpUrl().optional(),
  PLATFORM_SANDBOX_PUBLIC_URL: env.httpUrl().optional(),
  TIKTOK_SANDBOX_PORT: env.port(4500),
  TIKTOK_SANDBOX_URL: env.httpUrl().optional(),
  TIKTOK_SANDBOX_PUBLIC_URL: env.httpUrl().optional(),
  GOOGLE_SANDBOX_CLIENT_ID: z.string().default(GOOGLE_SANDBOX_DEV_CLIENT_ID),
  GOOGLE_SANDBOX_CLIENT_SECRET: z.string().default(GOOGLE_SANDBOX_DEV_CLIENT_SECRET),
  YOUTUBE_SANDBOX_API_KEY: z.string().default(YOUTUBE_SANDBOX_DEV_API_KEY),
});

export type YouTubeEnv = z.infer<typeof youtubeEnvSchema>;

/** Options for a YouTubeClient, and which upstream they point at (for logs and /health). */
export type YouTubeConfig = Omit<YouTubeClientOptions, 'fetch' | 'now'> & {
  upstream: 'google' | 'sandbox';
};

/**
 * With GOOGLE_CLIENT_ID set, Tally talks to Google. Without it, it talks to
 * the sandbox (TIKTOK_SANDBOX_URL, by default on TIKTOK_SANDBOX_PORT of this
 * machine, under `/google-auth`, `/google-token` and `/youtube-api`) with the
 * sandbox's credentials (GOOGLE_SANDBOX_CLIENT_ID/SECRET, YOUTUBE_SANDBOX_API_KEY). Explicit base URLs win in both cases: the browser
 * may need another address than the servers (GOOGLE_AUTH_BASE_URL is where
 * creators' browsers go).
 */
export function resolveYouTubeConfig(vars: YouTubeEnv): YouTubeConfig {
  const common = {
    timeoutMs: vars.YOUTUBE_TIMEOUT_MS,
    quotaUnitsPerDay: vars.YOUTUBE_QUOTA_UNITS_PER_DAY,
  };
  if (vars.GOOGLE_CLIENT_ID) {
    const apiKey = googleSecret(vars, 'YOUTUBE_API_KEY', YOUTUBE_SANDBOX_DEV_API_KEY);
    return {
      upstream: 'google',
      clientId: vars.GOOGLE_CLIENT_ID,
      clientSecret: requiredClientSecret(vars),
      authBaseUrl: vars.GOOGLE_AUTH_BASE_URL ?? GOOGLE_AUTH_BASE_URL,
      tokenBaseUrl: vars.GOOGLE_TOKEN_BASE_URL ?? GOOGLE_TOKEN_BASE_URL,
      apiBaseUrl: vars.YOUTUBE_API_BASE_URL ?? YOUTUBE_API_BASE_URL,
      ...(apiKey === undefined ? {} : { apiKey }),
      ...common,
    };
  }
  const sandboxUrl = (
    vars.PLATFORM_SANDBOX_URL ??
    vars.TIKTOK_SANDBOX_URL ??
    `http://127.0.0.1:${vars.TIKTOK_SANDBOX_PORT}`
  ).replace(/\/+$/, '');
  const browserSandboxUrl = (
    vars.PLATFORM_SANDBOX_PUBLIC_URL ??
    vars.TIKTOK_SANDBOX_PUBLIC_URL ??
    sandboxUrl
  ).replace(/\/+$/, '');
  return {
    upstream: 'sandbox',
    clientId: vars.GOOGLE_SANDBOX_CLIENT_ID,
    clientSecret: vars.GOOGLE_SANDBOX_CLIENT_SECRET,
    authBaseUrl: vars.GOOGLE_AUTH_BASE_URL ?? `${browserSandboxUrl}${SANDBOX_PATH_PREFIXES.auth}`,
    tokenBaseUrl: vars.GOOGLE_TOKEN_BASE_URL ?? `${sandboxUrl}${SANDBOX_PATH_PREFIXES.token}`,
    apiBaseUrl: vars.YOUTUBE_API_BASE_URL ?? `${sandboxUrl}${SANDBOX_PATH_PREFIXES.api}`,
    apiKey: vars.YOUTUBE_SANDBOX_API_KEY,
    ...common,
  };
}

function requiredClientSecret(vars: YouTubeEnv): string {
  const secret = googleSecret(vars, 'GOOGLE_CLIENT_SECRET', GOOGLE_SANDBOX_DEV_CLIENT_SECRET);
  if (secret === undefined) {
    throw new ConfigError(['GOOGLE_CLIENT_SECRET: is required when GOOGLE_CLIENT_ID is set']);
  }
  return secret;
}

/**
 * A secret for the real Google, under the rule every secret follows; the
 * sandbox's development value can only be a copy-paste slip here, in any environment.
 */
function googleSecret(
  vars: YouTubeEnv,
  name: 'GOOGLE_CLIENT_SECRET' | 'YOUTUBE_API_KEY',
  sandboxValue: string,
): string | undefined {
  const secret = vars[name];
  if (!secret) return undefined;
  if (secret === sandboxValue) {
    throw new ConfigError([
      `${name}: is the platform sandbox's development value; Google needs the project's own (console.cloud.google.com)`,
    ]);
  }
  const outcome = resolveSecret(secret, vars.NODE_ENV, {});
  if ('problem' in outcome) throw new ConfigError([`${name}: ${outcome.problem}`]);
  return secret;
}

export function loadYouTubeConfig(
  source: Record<string, string | undefined> = process.env,
): YouTubeConfig {
  return resolveYouTubeConfig(loadConfig(youtubeEnvSchema, source));
}
