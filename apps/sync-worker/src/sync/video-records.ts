import { videoRecordOf, type VideoRecord } from '@tally/creators-data';
import type { PlatformMedia } from '@tally/platform-kit';

/**
 * One page's media as rows to upsert, each id once: one INSERT ... ON
 * CONFLICT cannot update the same row twice.
 */
export function videoRecords(media: readonly PlatformMedia[], seenAt: Date): VideoRecord[] {
  const byId = new Map<string, VideoRecord>();
  for (const item of media) {
    if (!byId.has(item.externalId)) byId.set(item.externalId, videoRecordOf(item, seenAt));
  }
  return [...byId.values()];
}
