import { z } from 'zod';
import { count, dateTimeText, uuidText } from '../http/formats.js';
import { RequestedBySchema } from '../identity/audit-messages.js';
import { declareJob, type JobDataOf, Queues } from '../queues.js';

export const SYNC_STATES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

/** Why a sync was queued: manual syncs jump ahead of scheduled ones. */
export const SYNC_TRIGGERS = ['connect', 'manual', 'scheduled'] as const;
export type SyncTrigger = (typeof SYNC_TRIGGERS)[number];

/** Job names on the `creator-sync` queue. */
export const SyncJobs = {
  sync: 'sync-creator',
  /** Made by the workers' job scheduler: queues syncs of the creators whose data is too old. */
  scheduleSyncs: 'schedule-syncs',
} as const;

/** A `sync-creator` job. Tokens never travel in jobs: the worker reads them encrypted. */
export const CreatorSyncJob = declareJob(
  Queues.creatorSync,
  SyncJobs.sync,
  z.object({
    creatorId: z.guid(),
    accountId: z.guid(),
    trigger: z.enum(SYNC_TRIGGERS),
    /** Read every page of videos instead of stopping at the first unchanged one. */
    full: z.boolean().optional(),
    /**
     * Where a sync put off by the platform's limit stopped reading media: the
     * next run goes on from there instead of starting over (a first sync of a
     * large Instagram account spans several hourly budgets).
     */
    resumeCursor: z.string().max(4096).optional(),
    /** Who asked for it (manual syncs): the audit log records its outcome as theirs. */
    requestedBy: RequestedBySchema.optional(),
  }),
);
/** The data of a `sync-creator` job, as the worker reads it. */
export type CreatorSyncJob = JobDataOf<typeof CreatorSyncJob>;

/** What a finished sync job returns (its BullMQ return value). */
export const CreatorSyncResultSchema = z.object({
  creatorId: z.string(),
  syncedAt: z.string(),
  videos: z.number(),
  videosChanged: z.number(),
  /** Pages of videos read from the platform: all of them for a full sync, up to the first unchanged one otherwise. */
  pages: z.number(),
});
export type CreatorSyncResult = z.output<typeof CreatorSyncResultSchema>;

/** The last sync of a creator, as `GET /creators/:id/sync` shows it. */
export const SyncStatusViewSchema = z
  .object({
    creatorId: uuidText(),
    jobId: z.string().nullable().describe('null when the creator was never synced.'),
    status: z.enum(SYNC_STATES).nullable(),
    trigger: z
      .enum(SYNC_TRIGGERS)
      .nullable()
      .describe('Why it ran: the first sync after connecting, a manual one, or the scheduler.'),
    queuedAt: dateTimeText().nullable(),
    startedAt: dateTimeText().nullable(),
    finishedAt: dateTimeText().nullable(),
    videos: count().nullable().describe('Videos stored after the last successful sync.'),
    error: z.string().nullable().describe('Why the last sync failed.'),
    lastSyncedAt: dateTimeText().nullable(),
  })
  .describe("A creator's last sync.");
export type SyncStatusView = z.output<typeof SyncStatusViewSchema>;

export const SyncFinishedSchema = z
  .object({
    synced: z.literal(true),
    syncedAt: dateTimeText(),
    videos: count().describe('Videos stored after the sync.'),
  })
  .describe('The sync finished.');

export const SyncPendingSchema = z
  .object({
    synced: z.literal(false),
    jobId: z.string().describe('The sync job; follow it with `GET /api/v1/creators/{id}/sync`.'),
    status: z.enum(SYNC_STATES),
  })
  .describe('The sync is queued or still running.');

export const SyncOutcomeSchema = z.discriminatedUnion('synced', [
  SyncFinishedSchema,
  SyncPendingSchema,
]);
export type SyncOutcome = z.output<typeof SyncOutcomeSchema>;

/** The longest a caller may have the creators service wait for a manual sync. */
export const MAX_SYNC_WAIT_MS = 120_000;

/**
 * BullMQ runs prioritised jobs lowest number first. Syncs someone asked for
 * go first; first syncs of new connections and the scheduler's refreshes
 * share the next band. Within a band, a job's place is its account's rank:
 * how many syncs of that band the account queued lately (0 for the first).
 * So one account's backlog of thousands interleaves with every other
 * account's few instead of running ahead of them.
 */
export const SYNC_PRIORITY_BANDS: Record<SyncTrigger, number> = {
  manual: 1,
  connect: 1_000,
  scheduled: 1_000,
};

/** BullMQ's lowest priority. */
export const LOWEST_JOB_PRIORITY = 2_097_152;

/** Which of an account's rank counters a trigger counts on: those in one band share one. */
export function syncRankBand(trigger: SyncTrigger): 'asked' | 'background' {
  return trigger === 'manual' ? 'asked' : 'background';
}

/** The BullMQ priority of a sync of `trigger` that is its account's `rank`-th lately. */
export function syncPriority(trigger: SyncTrigger, rank: number): number {
  const band = SYNC_PRIORITY_BANDS[trigger];
  const ceiling = trigger === 'manual' ? SYNC_PRIORITY_BANDS.connect - 1 : LOWEST_JOB_PRIORITY;
  return Math.min(ceiling, band + Math.max(0, Math.floor(rank)));
}

/**
 * The BullMQ options of every `sync-creator` job, whoever queues it (a plain
 * object shaped as BullMQ's JobsOptions). One job per creator: while one is
 * queued or running, adding another returns that one. The backoff and how long
 * finished jobs are kept are the queue's defaults (the queue factory of
 * @tally/creators-data). `rank` is the account's (see SYNC_PRIORITY_BANDS).
 */
export function creatorSyncJobOptions(
  job: Pick<CreatorSyncJob, 'creatorId' | 'trigger'>,
  options: { attempts: number; delayMs?: number; rank?: number },
) {
  return {
    deduplication: { id: job.creatorId },
    priority: syncPriority(job.trigger, options.rank ?? 0),
    attempts: options.attempts,
    ...(options.delayMs ? { delay: options.delayMs } : {}),
  };
}
