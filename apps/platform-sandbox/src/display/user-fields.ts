import type { SandboxCreator } from '../state/seed-creators.js';
import { avatarUrl, profileDeepLink } from './public-urls.js';

/** Each field of the User object and the scope it needs (section 6.1 of the reference). */
export const USER_FIELD_SCOPES: Record<string, string> = {
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
};

export const USER_FIELDS = Object.keys(USER_FIELD_SCOPES);

/** Every field of the creator's User object. */
export function userFieldValues(creator: SandboxCreator, origin: string): Record<string, unknown> {
  const publicVideos = creator.videos.filter((video) => video.isPublic);
  return {
    open_id: creator.openId,
    union_id: creator.unionId,
    avatar_url: avatarUrl(origin, creator, 168),
    avatar_url_100: avatarUrl(origin, creator, 100),
    avatar_large_url: avatarUrl(origin, creator, 720),
    display_name: creator.displayName,
    bio_description: creator.bio,
    profile_deep_link: profileDeepLink(origin, creator),
    is_verified: creator.isVerified,
    username: creator.username,
    follower_count: creator.followerCount,
    following_count: creator.followingCount,
    likes_count: publicVideos.reduce((sum, video) => sum + video.likeCount, 0),
    video_count: publicVideos.length,
  };
}
