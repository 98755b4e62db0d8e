import { z } from 'zod';
import { idString, int64 } from '@tally/platform-kit';

/** Every field the Video object documents. */
export const TIKTOK_VIDEO_FIELDS = [
  'id',
  'create_time',
  'cover_image_url',
  'share_url',
  'video_description',
  'duration',
  'height',
  'width',
  'title',
  'embed_html',
  'embed_link',
  'like_count',
  'comment_count',
  'share_count',
  'view_count',
] as const;

export type TikTokVideoField = (typeof TIKTOK_VIDEO_FIELDS)[number];

/** What a sync wants by default: everything but the bulky `embed_html`. */
export const DEFAULT_VIDEO_FIELDS: readonly TikTokVideoField[] = TIKTOK_VIDEO_FIELDS.filter(
  (field) => field !== 'embed_html',
);

export const tiktokVideoSchema = z.object({
  id: idString,
  create_time: int64.optional(),
  cover_image_url: z.string().optional(),
  share_url: z.string().optional(),
  video_description: z.string().optional(),
  duration: int64.optional(),
  height: int64.optional(),
  width: int64.optional(),
  title: z.string().optional(),
  embed_html: z.string().optional(),
  embed_link: z.string().optional(),
  like_count: int64.optional(),
  comment_count: int64.optional(),
  share_count: int64.optional(),
  view_count: int64.optional(),
});

/**
 * A TikTok video. `id` is a 19-digit string (beyond 2^53: never a number);
 * `create_time` is in seconds. Only requested fields come back, so all but
 * `id` (which the client always asks for) may be absent.
 */
export type TikTokVideo = z.infer<typeof tiktokVideoSchema>;

// An empty page may come without its list; that is not worth failing a sync for.
const videoArray = z
  .array(tiktokVideoSchema)
  .nullish()
  .transform((videos) => videos ?? []);

export const videoListDataSchema = z.object({
  videos: videoArray,
  cursor: int64,
  has_more: z.boolean(),
});

export const videoQueryDataSchema = z.object({ videos: videoArray });

/** One page of `/v2/video/list/`; `cursor` (milliseconds) asks for the next one. */
export interface TikTokVideoPage {
  videos: TikTokVideo[];
  cursor: number;
  hasMore: boolean;
}
