import { type InstagramConfig, instagramEnvSchema, resolveInstagramConfig } from '@tally/instagram';
import { resolveTikTokConfig, type TikTokConfig, tiktokEnvSchema } from '@tally/tiktok';
import { resolveYouTubeConfig, type YouTubeConfig, youtubeEnvSchema } from '@tally/youtube';
import { z } from 'zod';

/**
 * Every platform's variables (TIKTOK_*, INSTAGRAM_*, GOOGLE_*, YOUTUBE_*), for
 * the apps that call platforms; a platform without its own credentials uses
 * the sandbox.
 */
export const platformsEnvSchema = tiktokEnvSchema
  .extend(instagramEnvSchema.shape)
  .extend(youtubeEnvSchema.shape)
  .extend({
    /**
     * YouTube units per day that scheduled syncs never spend: kept for syncs
     * customers ask for, connects and public lookups.
     */
    YOUTUBE_QUOTA_RESERVE_UNITS: z.coerce.number().int().min(0).default(1000),
  });

export type PlatformsEnv = z.infer<typeof platformsEnvSchema>;

/** Each platform's client options, resolved once at start. */
export interface PlatformConfigs {
  tiktok: TikTokConfig;
  instagram: InstagramConfig;
  youtube: YouTubeConfig;
  /** TIKTOK_RATE_LIMIT_PER_MINUTE */
  tiktokLimitPerMinute: number;
  /** YOUTUBE_QUOTA_RESERVE_UNITS, at most the whole quota. */
  youtubeReserveUnits: number;
}

export function resolvePlatformConfigs(vars: PlatformsEnv): PlatformConfigs {
  const youtube = resolveYouTubeConfig(vars);
  return {
    tiktok: resolveTikTokConfig(vars),
    instagram: resolveInstagramConfig(vars),
    youtube,
    tiktokLimitPerMinute: vars.TIKTOK_RATE_LIMIT_PER_MINUTE,
    youtubeReserveUnits: Math.min(
      vars.YOUTUBE_QUOTA_RESERVE_UNITS,
      vars.YOUTUBE_QUOTA_UNITS_PER_DAY,
    ),
  };
}
