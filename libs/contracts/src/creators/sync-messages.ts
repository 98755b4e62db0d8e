import type { RequestedBy } from '../identity/audit-messages.js';
import type { Scoped } from '../identity/messages.js';

export const SYNC_STATES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

/** Why a sync was queued: manual syncs jump ahead of scheduled ones. */
export type SyncTrigger = 'connect' | 'manual' | 'scheduled';

/** The payload of a `creator-sync` job. Tokens never travel in jobs: the worker reads them encrypted. */
export interface CreatorSyncJob {
  creatorId: string;
  accountId: string;
  trigger: SyncTrigger;
  /** Read every page of videos instead of stopping at the first unchanged one. */
  full?: boolean;
  /** Who asked for it (manual syncs): the audit log records its outcome as theirs. */
  requestedBy?: RequestedBy;
}

/** What a finished sync job returns (its BullMQ return value). */
export interface CreatorSyncResult {
  creatorId: string;
  syncedAt: string;
  videos: number;
  videosChanged: number;
  /** Pages of videos read from the platform: all of them for a full sync, up to the first unchanged one otherwise. */
  pages: number;
}

/** The last sync of a creator, as `GET /creators/:id/sync` shows it. */
export interface SyncStatusView {
  creatorId: string;
  /** null when the creator was never synced. */
  jobId: string | null;
  status: SyncState | null;
  trigger: SyncTrigger | null;
  queuedAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  /** Videos stored after the last successful sync. */
  videos: number | null;
  error: string | null;
  lastSyncedAt: string | null;
}

export type SyncOutcome =
  | { synced: true; syncedAt: string; videos: number }
  | { synced: false; jobId: string; status: SyncState };

export interface StartSyncRequest extends Scoped {
  creatorId: string;
  /** How long to wait for the sync to finish before answering `synced: false`. */
  waitMs: number;
}

/** Job names on the `creator-sync` queue. */
export const SyncJobs = {
  sync: 'sync-creator',
  revokeAuthorization: 'revoke-authorization',
  /** Made by the workers' job scheduler: queues syncs of the creators whose data is too old. */
  scheduleSyncs: 'schedule-syncs',
} as const;

/** BullMQ runs prioritised jobs lowest number first: people waiting go before the scheduler. */
export const SYNC_PRIORITY: Record<SyncTrigger, number> = { manual: 1, connect: 1, scheduled: 10 };

/**
 * The BullMQ options of every `sync-creator` job, whoever queues it (a plain
 * object shaped as BullMQ's JobsOptions). One job per creator: while one is
 * queued or running, adding another returns that one.
 */
export function creatorSyncJobOptions(
  job: CreatorSyncJob,
  options: { attempts: number; delayMs?: number },
) {
  return {
    deduplication: { id: job.creatorId },
    priority: SYNC_PRIORITY[job.trigger],
    attempts: options.attempts,
    // 2, 4, 8, 16 s... each shortened by up to half at random, so that failures spread out.
    backoff: { type: 'exponential' as const, delay: 2000, jitter: 0.5 },
    ...(options.delayMs ? { delay: options.delayMs } : {}),
    removeOnComplete: { age: 24 * 3600, count: 5000 },
    removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
  };
}

/** A revocation TikTok could not take at disconnect time; the job retries it. */
export interface RevokeAuthorizationJob {
  pendingRevocationId: string;
}
