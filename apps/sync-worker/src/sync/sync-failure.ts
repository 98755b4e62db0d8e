import { UpstreamBusyError, UpstreamLimiterClosedError } from '@tally/creators-data';
import { NoStoredGrantError, PlatformError, type PlatformErrorKind } from '@tally/platform-kit';
import { UnrecoverableError } from 'bullmq';
import { pausesQueue, rateLimitPauseMs } from '../upstream/rate-limit-pause.js';
import { rootCauseOf } from './resumable-sync.error.js';

export type SyncFailure =
  /** The grant is dead: the creator must connect again. */
  | { kind: 'reauth_required'; reason: string }
  /** Retrying cannot help (our request, our client credentials, a missing scope). */
  | { kind: 'permanent'; reason: string }
  /** TikTok's rate limit: every worker waits `pauseMs`, then the job runs again without spending an attempt. */
  | { kind: 'rate_limited'; reason: string; pauseMs: number }
  /** Another platform's limit or quota: this job runs again in `delayMs`, without spending an attempt. */
  | { kind: 'deferred'; reason: string; delayMs: number }
  /** The worker is shutting down: the job is back in the queue for another one. */
  | { kind: 'interrupted'; reason: string }
  /** May pass later: the platform busy or down, a lock held too long, the database away. */
  | { kind: 'transient'; reason: string };

const PERMANENT_KINDS: ReadonlySet<PlatformErrorKind> = new Set([
  'invalid_client',
  'invalid_request',
  'scope_not_authorized',
  'not_found',
]);

/** A quota refusal without a time (YouTube answering quotaExceeded itself) is retried in an hour. */
const DEFAULT_QUOTA_DELAY_MS = 60 * 60_000;

/** What a failed sync means for the creator and for the job's retries. */
export function classifySyncFailure(failure: unknown): SyncFailure {
  const error = rootCauseOf(failure);
  const reason = error instanceof Error ? error.message : String(error);
  const pauseMs = rateLimitPauseMs(error);
  if (pauseMs !== undefined) {
    return pausesQueue(error)
      ? { kind: 'rate_limited', reason, pauseMs }
      : { kind: 'deferred', reason, delayMs: pauseMs };
  }
  if (error instanceof UpstreamBusyError) {
    return { kind: 'deferred', reason, delayMs: error.waitMs };
  }
  if (error instanceof NoStoredGrantError) return { kind: 'reauth_required', reason };
  if (error instanceof PlatformError) {
    if (error.kind === 'quota_exhausted') {
      const delayMs =
        error.retryAfterSeconds === undefined
          ? DEFAULT_QUOTA_DELAY_MS
          : error.retryAfterSeconds * 1000;
      return { kind: 'deferred', reason, delayMs };
    }
    if (error.kind === 'invalid_grant') return { kind: 'reauth_required', reason };
    if (PERMANENT_KINDS.has(error.kind)) return { kind: 'permanent', reason };
  }
  if (error instanceof UpstreamLimiterClosedError) return { kind: 'interrupted', reason };
  if (error instanceof UnrecoverableError) return { kind: 'permanent', reason };
  return { kind: 'transient', reason };
}
