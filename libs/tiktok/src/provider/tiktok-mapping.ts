import type { PlatformMedia, PlatformProfile } from '@tally/platform-kit';
import {
  TIKTOK_USER_FIELD_SCOPES,
  type TikTokUser,
  type TikTokUserField,
} from '../display/user.js';
import type { TikTokVideo } from '../display/video.js';

/** The user info fields Tally reads of a creator. */
export const TIKTOK_PROFILE_FIELDS = [
  'open_id',
  'avatar_url',
  'display_name',
  'bio_description',
  'profile_deep_link',
  'is_verified',
  'username',
  'follower_count',
  'following_count',
  'likes_count',
  'video_count',
] as const satisfies readonly TikTokUserField[];

/**
 * The profile fields the granted scopes allow: a creator may untick a scope on
 * the consent page, and asking for a field outside the grant fails the whole read.
 * Unknown scopes (none recorded): ask for all.
 */
export function grantedProfileFields(scopes: readonly string[]): TikTokUserField[] {
  if (scopes.length === 0) return [...TIKTOK_PROFILE_FIELDS];
  return TIKTOK_PROFILE_FIELDS.filter((field) => scopes.includes(TIKTOK_USER_FIELD_SCOPES[field]));
}

/** A TikTok user in Tally's terms; TikTok gives no total of views. */
export function tiktokPlatformProfile(user: TikTokUser): PlatformProfile {
  return {
    externalUserId: user.open_id,
    username: user.username ?? null,
    displayName: user.display_name ?? null,
    avatarUrl: user.avatar_url ?? null,
    bio: user.bio_description ?? null,
    verified: user.is_verified ?? false,
    profileUrl: user.profile_deep_link ?? null,
    followers: user.follower_count ?? null,
    following: user.following_count ?? null,
    likes: user.likes_count ?? null,
    videoCount: user.video_count ?? null,
    totalViews: null,
    platformData: {},
  };
}

/** A TikTok video in Tally's terms; `create_time` is in seconds. */
export function tiktokPlatformMedia(video: TikTokVideo): PlatformMedia {
  return {
    externalId: video.id,
    title: video.title ?? null,
    description: video.video_description ?? null,
    permalink: video.share_url ?? null,
    thumbnailUrl: video.cover_image_url ?? null,
    publishedAt: video.create_time !== undefined ? new Date(video.create_time * 1000) : null,
    durationSeconds: video.duration ?? null,
    views: video.view_count ?? null,
    likes: video.like_count ?? null,
    comments: video.comment_count ?? null,
    shares: video.share_count ?? null,
    platformData: {},
  };
}
