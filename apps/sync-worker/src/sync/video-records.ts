import { tiktokVideoRecord, type VideoRecord } from '@tally/creators-data';
import type { TikTokVideo } from '@tally/tiktok';

/**
 * One page's videos as rows to upsert, each id once: one INSERT ... ON
 * CONFLICT cannot update the same row twice.
 */
export function videoRecords(videos: readonly TikTokVideo[], seenAt: Date): VideoRecord[] {
  const byId = new Map<string, VideoRecord>();
  for (const video of videos) {
    if (!byId.has(video.id)) byId.set(video.id, tiktokVideoRecord(video, seenAt));
  }
  return [...byId.values()];
}
