import { PLATFORM_NAMES } from '@tally/contracts/browser';
import { isApiError } from '../../api/api-error';
import { describeError } from '../../api/describe-error';
import type { Platform, SyncOutcome, SyncStatusView } from '../../api/types';
import { formatUpcoming, formatWait, type ClockOptions } from '../../lib/local-time';

export type SyncProgress =
  | { phase: 'idle' }
  | { phase: 'working'; label: string }
  | { phase: 'done'; message: string }
  | { phase: 'failed'; message: string };

/** What the "Sync now" area says about a sync start's answer. */
export function progressFromOutcome(outcome: SyncOutcome, platform: Platform): SyncProgress {
  if (outcome.synced)
    return {
      phase: 'done',
      message: `Synced: ${outcome.videos} video${outcome.videos === 1 ? '' : 's'} read.`,
    };
  return progressFromStatus({ status: outcome.status, videos: null, error: null }, platform);
}

export function progressFromStatus(
  status: Pick<SyncStatusView, 'status' | 'videos' | 'error'>,
  platform: Platform,
): SyncProgress {
  switch (status.status) {
    case 'queued':
      return { phase: 'working', label: 'Waiting for a sync worker…' };
    case 'running':
      return { phase: 'working', label: `Syncing with ${PLATFORM_NAMES[platform]}…` };
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

/**
 * A 429 `platform_quota_exhausted`: the platform's daily quota (YouTube's) is
 * spent, and `Retry-After` says when it is whole again.
 */
export function quotaExhaustedMessage(
  platform: Platform,
  retryAfterSeconds: number | null,
  clock: ClockOptions = {},
): string {
  const spent = `${PLATFORM_NAMES[platform]}’s daily quota for Tally is used up, so no sync can start now.`;
  if (retryAfterSeconds === null)
    return `${spent} Try again after it resets at midnight Pacific time.`;
  const now = clock.now ?? new Date();
  const at = new Date(now.getTime() + retryAfterSeconds * 1000);
  return `${spent} Try again after ${formatUpcoming(at, { ...clock, now })} (${formatWait(retryAfterSeconds)}). Scheduled syncs carry on then by themselves.`;
}

/** What the "Sync now" area says when a sync could not start or be followed. */
export function progressFromError(
  error: unknown,
  platform: Platform,
  clock: ClockOptions = {},
): SyncProgress {
  if (isApiError(error) && error.code === 'platform_quota_exhausted')
    return {
      phase: 'failed',
      message: quotaExhaustedMessage(platform, error.retryAfterSeconds, clock),
    };
  return { phase: 'failed', message: describeError(error) };
}
