import type { PublicAccountView, PublicVideoView } from '@tally/contracts';
import type { PlatformMedia, PlatformProfile } from '@tally/platform-kit';

export function publicAccountView(profile: PlatformProfile): PublicAccountView {
  return {
    externalId: profile.externalUserId,
    username: profile.username,
    displayName: profile.displayName,
    avatarUrl: profile.avatarUrl,
    bio: profile.bio,
    verified: profile.verified,
    profileUrl: profile.profileUrl,
    stats: {
      followers: profile.followers,
      following: profile.following,
      likes: profile.likes,
      videoCount: profile.videoCount,
      totalViews: profile.totalViews,
    },
    platformData: profile.platformData,
  };
}

export function publicVideoView(media: PlatformMedia): PublicVideoView {
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
    publishedAt: media.publishedAt?.toISOString() ?? null,
    platformData: media.platformData,
  };
}
