import { graphTimestamp } from '../platforms/time-format.js';
import type { InstagramAccount, InstagramMedia } from './instagram-accounts.js';

export const USER_FIELDS = [
  'id',
  'user_id',
  'username',
  'name',
  'account_type',
  'profile_picture_url',
  'followers_count',
  'follows_count',
  'media_count',
  'biography',
  'website',
] as const;

export const MEDIA_FIELDS = [
  'id',
  'caption',
  'media_type',
  'media_url',
  'permalink',
  'thumbnail_url',
  'timestamp',
  'username',
  'like_count',
  'comments_count',
] as const;

export function instagramImageUrl(origin: string, kind: 'avatars' | 'media', id: string) {
  return `${origin}/sandbox/cdn/instagram/${kind}/${id}`;
}

export function userValues(account: InstagramAccount, origin: string): Record<string, unknown> {
  return {
    id: account.appScopedId,
    user_id: account.id,
    username: account.username,
    name: account.name,
    account_type: account.accountType,
    profile_picture_url: instagramImageUrl(origin, 'avatars', account.id),
    followers_count: account.followersCount,
    follows_count: account.followsCount,
    media_count: account.media.length,
    biography: account.biography,
    website: account.website,
  };
}

export function mediaValues(
  account: InstagramAccount,
  media: InstagramMedia,
  origin: string,
): Record<string, unknown> {
  return {
    id: media.id,
    caption: media.caption,
    media_type: media.mediaType,
    media_url: instagramImageUrl(origin, 'media', media.id),
    permalink: `https://www.instagram.com/${media.mediaType === 'VIDEO' ? 'reel' : 'p'}/${media.shortcode}/`,
    thumbnail_url:
      media.mediaType === 'VIDEO' ? instagramImageUrl(origin, 'media', media.id) : undefined,
    timestamp: graphTimestamp(media.postedAt),
    username: account.username,
    like_count: account.hidesLikes ? undefined : media.likeCount,
    comments_count: media.commentsCount,
  };
}
