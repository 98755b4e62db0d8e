import { env, loadConfig } from '@tally/nest-kit';
import { z } from 'zod';
import {
  SANDBOX_GOOGLE_CLIENT_ID,
  SANDBOX_GOOGLE_CLIENT_SECRET,
  SANDBOX_INSTAGRAM_APP_ID,
  SANDBOX_INSTAGRAM_APP_SECRET,
  SANDBOX_YOUTUBE_API_KEY,
} from './platform-credentials.js';
import type { InstagramSettings, YouTubeSettings } from './platform-settings.js';

const urlList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    )
    .pipe(z.array(env.httpUrl()).min(1));

const callbacksOf = (platform: string) =>
  ['127.0.0.1', 'localhost']
    .map((host) => `http://${host}:3000/api/v1/connect/${platform}/callback`)
    .join(',');

export const platformsEnvSchema = z.object({
  INSTAGRAM_SANDBOX_APP_ID: z.string().default(SANDBOX_INSTAGRAM_APP_ID),
  INSTAGRAM_SANDBOX_APP_SECRET: z.string().default(SANDBOX_INSTAGRAM_APP_SECRET),
  INSTAGRAM_SANDBOX_REDIRECT_URIS: urlList(callbacksOf('instagram')),
  INSTAGRAM_SANDBOX_CALLS_PER_USER_PER_HOUR: env.positiveInt(200),
  INSTAGRAM_SANDBOX_USER_LIMIT_ERROR_CODE: z.enum(['17', '80002']).default('17'),
  GOOGLE_SANDBOX_CLIENT_ID: z.string().default(SANDBOX_GOOGLE_CLIENT_ID),
  GOOGLE_SANDBOX_CLIENT_SECRET: z.string().default(SANDBOX_GOOGLE_CLIENT_SECRET),
  GOOGLE_SANDBOX_REDIRECT_URIS: urlList(callbacksOf('youtube')),
  YOUTUBE_SANDBOX_API_KEY: z.string().default(SANDBOX_YOUTUBE_API_KEY),
  YOUTUBE_SANDBOX_DAILY_QUOTA: env.positiveInt(10_000),
});

export type PlatformsConfig = z.infer<typeof platformsEnvSchema>;

export function loadPlatformsConfig(
  source: Record<string, string | undefined> = process.env,
): PlatformsConfig {
  return loadConfig(platformsEnvSchema, source);
}

export function instagramSettingsFrom(config: PlatformsConfig): InstagramSettings {
  return {
    appId: config.INSTAGRAM_SANDBOX_APP_ID,
    appSecret: config.INSTAGRAM_SANDBOX_APP_SECRET,
    redirectUris: config.INSTAGRAM_SANDBOX_REDIRECT_URIS,
    codeTtlSeconds: 3600,
    shortLivedTokenTtlSeconds: 3600,
    longLivedTokenTtlSeconds: 5_184_000,
    callsPerUserPerHour: config.INSTAGRAM_SANDBOX_CALLS_PER_USER_PER_HOUR,
    userLimitErrorCode: config.INSTAGRAM_SANDBOX_USER_LIMIT_ERROR_CODE === '17' ? 17 : 80002,
  };
}

export function youtubeSettingsFrom(config: PlatformsConfig): YouTubeSettings {
  return {
    clientId: config.GOOGLE_SANDBOX_CLIENT_ID,
    clientSecret: config.GOOGLE_SANDBOX_CLIENT_SECRET,
    apiKey: config.YOUTUBE_SANDBOX_API_KEY,
    redirectUris: config.GOOGLE_SANDBOX_REDIRECT_URIS,
    codeTtlSeconds: 600,
    accessTokenTtlSeconds: 3599,
    dailyQuotaUnits: config.YOUTUBE_SANDBOX_DAILY_QUOTA,
  };
}

export function defaultInstagramSettings(): InstagramSettings {
  return instagramSettingsFrom(loadPlatformsConfig({}));
}

export function defaultYouTubeSettings(): YouTubeSettings {
  return youtubeSettingsFrom(loadPlatformsConfig({}));
}
