import { z } from 'zod';
import { idString, int64 } from '@tally/platform-kit';

/** Fields of `/v2/user/info/`, with the scope each one needs. */
export const TIKTOK_USER_FIELD_SCOPES = {
  open_id: 'user.info.basic',
  union_id: 'user.info.basic',
  avatar_url: 'user.info.basic',
  avatar_url_100: 'user.info.basic',
  avatar_large_url: 'user.info.basic',
  display_name: 'user.info.basic',
  bio_description: 'user.info.profile',
  profile_deep_link: 'user.info.profile',
  is_verified: 'user.info.profile',
  username: 'user.info.profile',
  follower_count: 'user.info.stats',
  following_count: 'user.info.stats',
  likes_count: 'user.info.stats',
  video_count: 'user.info.stats',
} as const;

export type TikTokUserField = keyof typeof TIKTOK_USER_FIELD_SCOPES;

export const tiktokUserSchema = z.object({
  open_id: idString,
  union_id: idString.optional(),
  avatar_url: z.string().optional(),
  avatar_url_100: z.string().optional(),
  avatar_large_url: z.string().optional(),
  display_name: z.string().optional(),
  bio_description: z.string().optional(),
  profile_deep_link: z.string().optional(),
  is_verified: z.boolean().optional(),
  username: z.string().optional(),
  follower_count: int64.optional(),
  following_count: int64.optional(),
  likes_count: int64.optional(),
  video_count: int64.optional(),
});

/**
 * A TikTok user as `/v2/user/info/` returns it. Only the requested fields come
 * back, so everything but `open_id` (which the client always asks for) may be absent.
 */
export type TikTokUser = z.infer<typeof tiktokUserSchema>;

export const userInfoDataSchema = z.object({ user: tiktokUserSchema });
