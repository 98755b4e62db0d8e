import type { SyncOutcome, SyncStatusView } from '../../api/types';

export type SyncProgress =
  | { phase: 'idle' }
  | { phase: 'working'; label: string }
  | { phase: 'done'; message: string }
  | { phase: 'failed'; message: string };

/** What the "Sync now" area says about a sync start's answer. */
export function progressFromOutcome(outcome: SyncOutcome): SyncProgress {
  if (outcome.synced)
    return {
      phase: 'done',
      message: `Synced: ${outcome.videos} video${outcome.videos === 1 ? '' : 's'} read.`,
    };
  return progressFromStatus({ status: outcome.status, videos: null, error: null });
}

export function progressFromStatus(
  status: Pick<SyncStatusView, 'status' | 'videos' | 'error'>,
): SyncProgress {
  switch (status.status) {
    case 'queued':
      return { phase: 'working', label: 'Waiting for a sync worker…' };
    case 'running':
      return { phase: 'working', label: 'Syncing with TikTok…' };
    case 'succeeded':
      return {
        phase: 'done',
        message:
          status.videos === null
            ? 'Synced.'
            : `Synced: ${status.videos} video${status.videos === 1 ? '' : 's'} read.`,
      };
    case 'failed':
      return {
        phase: 'failed',
        message: `The sync failed${status.error ? `: ${status.error}` : ''}. Tally will try again later.`,
      };
    default:
      return { phase: 'idle' };
  }
}
