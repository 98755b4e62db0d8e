import { int64, type PlatformProfile } from '@tally/platform-kit';
import { z } from 'zod';
import { bestThumbnail, thumbnailsSchema } from './thumbnails.js';

/** A channel resource with the `snippet`, `statistics` and `contentDetails` parts. */
export const channelSchema = z.object({
  id: z.string().min(1),
  snippet: z
    .looseObject({
      title: z.string().optional(),
      description: z.string().optional(),
      customUrl: z.string().optional(),
      publishedAt: z.string().optional(),
      country: z.string().optional(),
      thumbnails: thumbnailsSchema,
    })
    .optional(),
  // Counts are uint64 written as strings; one is absent when YouTube hides it.
  statistics: z
    .looseObject({
      viewCount: int64.optional(),
      subscriberCount: int64.optional(),
      hiddenSubscriberCount: z.boolean().optional(),
      videoCount: int64.optional(),
    })
    .optional(),
  contentDetails: z
    .looseObject({
      relatedPlaylists: z.looseObject({ uploads: z.string().min(1).optional() }).optional(),
    })
    .optional(),
});

export type YouTubeChannel = z.infer<typeof channelSchema>;

/** `channels.list` answers without `items` when nothing matched (or the account has no channel). */
export const channelListSchema = z.object({
  items: z
    .array(channelSchema)
    .optional()
    .transform((items) => items ?? []),
});

export function channelUrl(channelId: string): string {
  return `https://www.youtube.com/channel/${encodeURIComponent(channelId)}`;
}

/**
 * A channel in Tally's terms. YouTube has no following, no channel-wide likes
 * and no verified badge in the Data API; subscribers are rounded by YouTube
 * and null when the creator hides them.
 */
export function toPlatformProfile(channel: YouTubeChannel): PlatformProfile {
  const { snippet, statistics } = channel;
  const customUrl = snippet?.customUrl ?? null;
  return {
    externalUserId: channel.id,
    username: customUrl === null ? null : customUrl.replace(/^@/, ''),
    displayName: snippet?.title ?? null,
    avatarUrl: bestThumbnail(snippet?.thumbnails),
    bio: snippet?.description || null,
    verified: false,
    profileUrl: channelUrl(channel.id),
    followers: statistics?.hiddenSubscriberCount ? null : (statistics?.subscriberCount ?? null),
    following: null,
    likes: null,
    videoCount: statistics?.videoCount ?? null,
    totalViews: statistics?.viewCount ?? null,
    platformData: {
      uploadsPlaylistId: channel.contentDetails?.relatedPlaylists?.uploads ?? null,
      customUrl,
      publishedAt: snippet?.publishedAt ?? null,
      hiddenSubscriberCount: statistics?.hiddenSubscriberCount ?? false,
      country: snippet?.country ?? null,
    },
  };
}
