import type { PlatformMedia, PlatformProfile } from '@tally/platform-kit';
import {
  type TikTokUser,
  type TikTokVideo,
  tiktokPlatformMedia,
  tiktokPlatformProfile,
} from '@tally/tiktok';
import type { CreatorProfileFields } from '../creators/creators.repository.js';
import type { VideoRecord } from '../videos/videos.repository.js';

/** The profile columns of a creator, from any platform's profile. */
export function profileFieldsOf(profile: PlatformProfile): CreatorProfileFields {
  return {
    username: profile.username,
    displayName: profile.displayName,
    avatarUrl: profile.avatarUrl,
    bio: profile.bio,
    verified: profile.verified,
    profileUrl: profile.profileUrl,
    followers: profile.followers,
    following: profile.following,
    likes: profile.likes,
    videoCount: profile.videoCount,
    totalViews: profile.totalViews,
    platformData: profile.platformData,
  };
}

/** A video row, from any platform's media; one without a date is dated when first seen. */
export function videoRecordOf(media: PlatformMedia, seenAt: Date): VideoRecord {
  return {
    externalId: media.externalId,
    title: media.title,
    description: media.description,
    views: media.views,
    likes: media.likes,
    comments: media.comments,
    shares: media.shares,
    duration: media.durationSeconds,
    coverUrl: media.thumbnailUrl,
    shareUrl: media.permalink,
    publishedAt: media.publishedAt ?? seenAt,
    platformData: media.platformData,
  };
}

export function tiktokProfileFields(user: TikTokUser): CreatorProfileFields {
  return profileFieldsOf(tiktokPlatformProfile(user));
}

export function tiktokVideoRecord(video: TikTokVideo, seenAt: Date): VideoRecord {
  return videoRecordOf(tiktokPlatformMedia(video), seenAt);
}
