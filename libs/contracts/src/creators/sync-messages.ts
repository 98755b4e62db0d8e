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
}

/** What a finished sync job returns (its BullMQ return value). */
export interface CreatorSyncResult {
  creatorId: string;
  syncedAt: string;
  videos: number;
  videosChanged: number;
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
} as const;

/** A revocation TikTok could not take at disconnect time; the job retries it. */
export interface RevokeAuthorizationJob {
  pendingRevocationId: string;
}
