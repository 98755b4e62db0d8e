import { idString, int64, type MediaPage, type PlatformMedia } from '@tally/platform-kit';
import { z } from 'zod';
import { graphTimestamp } from './graph-timestamp.js';

/** The `/me/media` fields Tally reads. */
export const MEDIA_FIELDS = [
  'id',
  'caption',
  'media_type',
  'media_url',
  'permalink',
  'thumbnail_url',
  'timestamp',
  'like_count',
  'comments_count',
] as const;

/**
 * One media item. `like_count` is left out when the owner hides likes,
 * `thumbnail_url` exists for videos only, `media_url` is left out for
 * copyright-flagged media.
 */
export const mediaItemSchema = z.object({
  id: idString,
  caption: z.string().optional(),
  media_type: z.string().optional(),
  media_url: z.string().optional(),
  permalink: z.string().optional(),
  thumbnail_url: z.string().optional(),
  timestamp: graphTimestamp.optional(),
  like_count: int64.optional(),
  comments_count: int64.optional(),
});

export type MediaItem = z.infer<typeof mediaItemSchema>;

/** Graph's cursor paging; the last page has no `next`. */
export const mediaPageAnswerSchema = z.object({
  data: z.array(mediaItemSchema),
  paging: z
    .object({
      cursors: z.object({ before: z.string().optional(), after: z.string().optional() }).optional(),
      next: z.string().optional(),
      previous: z.string().optional(),
    })
    .optional(),
});

export type MediaPageAnswer = z.infer<typeof mediaPageAnswerSchema>;

// A carousel's media_url is its cover; a video's is the video file, not a picture.
const PICTURE_MEDIA_TYPES = new Set(['IMAGE', 'CAROUSEL_ALBUM']);

export function toPlatformMedia(item: MediaItem, views: number | null): PlatformMedia {
  const picture =
    item.media_type !== undefined && PICTURE_MEDIA_TYPES.has(item.media_type)
      ? item.media_url
      : undefined;
  return {
    externalId: item.id,
    title: null,
    description: item.caption ?? null,
    permalink: item.permalink ?? null,
    thumbnailUrl: item.thumbnail_url ?? picture ?? null,
    publishedAt: item.timestamp ?? null,
    durationSeconds: null,
    views,
    likes: item.like_count ?? null,
    comments: item.comments_count ?? null,
    shares: null,
    platformData: { mediaType: item.media_type ?? null },
  };
}

/** The next page's cursor: `paging.cursors.after`, and only while Graph links a `next` page. */
export function nextCursor(answer: MediaPageAnswer): string | null {
  if (answer.paging?.next === undefined) return null;
  return answer.paging.cursors?.after ?? null;
}

export function toMediaPage(
  answer: MediaPageAnswer,
  views: ReadonlyMap<string, number | null>,
): MediaPage {
  return {
    media: answer.data.map((item) => toPlatformMedia(item, views.get(item.id) ?? null)),
    nextCursor: nextCursor(answer),
  };
}
