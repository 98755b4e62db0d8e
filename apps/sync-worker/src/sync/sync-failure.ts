import { TikTokError, type TikTokErrorKind } from '@tally/tiktok';
import { UnrecoverableError } from 'bullmq';
import { rateLimitPauseMs } from '../upstream/rate-limit-pause.js';
import { UpstreamLimiterClosedError } from '@tally/creators-data';

export type SyncFailure =
  /** The grant is dead: the creator must connect again. */
  | { kind: 'reauth_required'; reason: string }
  /** Retrying cannot help (our request, our client credentials, a missing scope). */
  | { kind: 'permanent'; reason: string }
  /** TikTok's rate limit: every worker waits `pauseMs`, then the job runs again without spending an attempt. */
  | { kind: 'rate_limited'; reason: string; pauseMs: number }
  /** The worker is shutting down: the job is back in the queue for another one. */
  | { kind: 'interrupted'; reason: string }
  /** May pass later: TikTok busy or down, a lock held too long, the database away. */
  | { kind: 'transient'; reason: string };

const PERMANENT_KINDS: ReadonlySet<TikTokErrorKind> = new Set([
  'invalid_client',
  'invalid_request',
  'scope_not_authorized',
]);

/** What a failed sync means for the creator and for the job's retries. */
export function classifySyncFailure(error: unknown): SyncFailure {
  const reason = error instanceof Error ? error.message : String(error);
  const pauseMs = rateLimitPauseMs(error);
  if (pauseMs !== undefined) return { kind: 'rate_limited', reason, pauseMs };
  if (error instanceof TikTokError) {
    if (error.kind === 'invalid_grant') return { kind: 'reauth_required', reason };
    if (PERMANENT_KINDS.has(error.kind)) return { kind: 'permanent', reason };
  }
  if (error instanceof UpstreamLimiterClosedError) return { kind: 'interrupted', reason };
  if (error instanceof UnrecoverableError) return { kind: 'permanent', reason };
  return { kind: 'transient', reason };
}
