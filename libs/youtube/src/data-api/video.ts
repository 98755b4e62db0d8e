import { int64, type PlatformMedia } from '@tally/platform-kit';
import { z } from 'zod';
import { parseIsoDuration } from '../duration/iso-duration.js';
import { bestThumbnail, thumbnailsSchema } from './thumbnails.js';

/** A video resource with the `snippet`, `statistics` and `contentDetails` parts. */
export const videoSchema = z.object({
  id: z.string().min(1),
  snippet: z
    .looseObject({
      title: z.string().optional(),
      description: z.string().optional(),
      publishedAt: z.string().optional(),
      channelId: z.string().optional(),
      categoryId: z.string().optional(),
      liveBroadcastContent: z.string().optional(),
      thumbnails: thumbnailsSchema,
    })
    .optional(),
  // Each count is absent when hidden or disabled (likes hidden, comments off).
  statistics: z
    .looseObject({
      viewCount: int64.optional(),
      likeCount: int64.optional(),
      commentCount: int64.optional(),
      favoriteCount: int64.optional(),
    })
    .optional(),
  contentDetails: z
    .looseObject({
      duration: z.string().optional(),
      definition: z.string().optional(),
    })
    .optional(),
});

export type YouTubeVideo = z.infer<typeof videoSchema>;

export const videoListSchema = z.object({
  items: z
    .array(videoSchema)
    .optional()
    .transform((items) => items ?? []),
});

export function videoUrl(videoId: string): string {
  return `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}`;
}

/** A video in Tally's terms; YouTube does not publish shares. */
export function toPlatformMedia(video: YouTubeVideo): PlatformMedia {
  const { snippet, statistics, contentDetails } = video;
  const duration = contentDetails?.duration;
  return {
    externalId: video.id,
    title: snippet?.title ?? null,
    // An empty description is none.
    description: snippet?.description || null,
    permalink: videoUrl(video.id),
    thumbnailUrl: bestThumbnail(snippet?.thumbnails),
    publishedAt: readDate(snippet?.publishedAt),
    durationSeconds: duration === undefined ? null : parseIsoDuration(duration),
    views: statistics?.viewCount ?? null,
    likes: statistics?.likeCount ?? null,
    comments: statistics?.commentCount ?? null,
    shares: null,
    platformData: {
      channelId: snippet?.channelId ?? null,
      categoryId: snippet?.categoryId ?? null,
      liveBroadcastContent: snippet?.liveBroadcastContent ?? null,
      definition: contentDetails?.definition ?? null,
    },
  };
}

function readDate(text: string | undefined): Date | null {
  if (text === undefined) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : new Date(ms);
}
