import type { SandboxCreator, SandboxVideo } from '../state/seed-creators.js';

export interface VideoPage {
  videos: SandboxVideo[];
  /** Milliseconds: `create_time * 1000` of the last video the page looked at. */
  cursor: number;
  hasMore: boolean;
}

/**
 * One page of `/v2/video/list/`: the next `maxCount` videos posted before
 * `cursor` (all of them when the cursor is absent or 0), newest first. Private
 * videos take their place in the window and are then left out, so a page may
 * be short, even empty, while `has_more` is true, as TikTok warns.
 */
export function videoPage(
  creator: SandboxCreator,
  cursor: number | undefined,
  maxCount: number,
): VideoPage {
  const older = creator.videos.filter((video) => !cursor || video.createTime * 1000 < cursor);
  const window = older.slice(0, maxCount);
  const last = window[window.length - 1];
  if (!last) return { videos: [], cursor: cursor ?? 0, hasMore: false };
  return {
    videos: window.filter((video) => video.isPublic),
    cursor: last.createTime * 1000,
    hasMore: older.slice(maxCount).some((video) => video.isPublic),
  };
}
