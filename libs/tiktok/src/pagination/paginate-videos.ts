import type { ListVideosRequest, TikTokClient } from '../client/tiktok-client.js';
import { TIKTOK_MAX_VIDEOS_PER_CALL } from '../client/tiktok-client.js';
import type { TikTokVideoPage } from '../display/video.js';

export interface PaginateVideosOptions {
  /** Page size; TikTok's maximum (20) unless said otherwise. */
  maxCount?: number;
  fields?: ListVideosRequest['fields'];
  /** Start below this cursor (a millisecond timestamp) instead of at the newest video. */
  startCursor?: number;
}

/**
 * Every page of a creator's videos, newest first. Ends when TikTok says
 * `has_more: false`: a short page is not the end (TikTok filters some videos
 * out of full pages). Also ends if TikTok repeats a cursor, instead of looping.
 */
export async function* paginateVideos(
  client: Pick<TikTokClient, 'listVideos'>,
  accessToken: string,
  options: PaginateVideosOptions = {},
): AsyncGenerator<TikTokVideoPage, void, undefined> {
  let cursor = options.startCursor;
  for (;;) {
    const page = await client.listVideos(accessToken, {
      cursor,
      maxCount: options.maxCount ?? TIKTOK_MAX_VIDEOS_PER_CALL,
      fields: options.fields,
    });
    yield page;
    if (!page.hasMore || page.cursor === cursor) return;
    cursor = page.cursor;
  }
}
