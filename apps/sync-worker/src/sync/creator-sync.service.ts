import type {
  CreatorProfile,
  CreatorSyncJob,
  CreatorSyncResult,
  SyncTrigger,
} from '@tally/contracts';
import {
  type CallPriority,
  type CreatorProfileFields,
  CREATORS_SCHEMA,
  CreatorsRepository,
  PlatformSuite,
  profileFieldsOf,
  StatsSnapshotsRepository,
  SyncStateRepository,
  VideosRepository,
} from '@tally/creators-data';
import type { PlatformProfile } from '@tally/platform-kit';
import { TokenRefresher } from '@tally/platform-kit';
import { OutboxWriter } from '@tally/nest-kit';
import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { CreatorEventsPublisher } from '../events/creator-events.publisher.js';
import { isLastAttempt, type JobAttempt } from '../queue/job-attempt.js';
import { JobDeferredError } from '../upstream/job-deferred.error.js';
import { UpstreamRateLimitedError } from '../upstream/upstream-rate-limited.error.js';
import { CreatorPlatformSession } from './creator-platform-session.js';
import { countChanges, countsOf } from './count-changes.js';
import { ResumableSyncError } from './resumable-sync.error.js';
import { classifySyncFailure } from './sync-failure.js';
import { videoRecords } from './video-records.js';

type SyncedCreator = CreatorProfile & { accountId: string };

/** What reading the creator's videos did. */
interface StoredVideos {
  /** Platform ids of the videos inserted or changed. */
  changed: string[];
  pages: number;
}

/** Syncs customers wait for spend what the platform allows at once; scheduled ones pace themselves. */
function priorityOf(trigger: SyncTrigger): CallPriority {
  return trigger === 'scheduled' ? 'scheduled' : 'requested';
}

/**
 * One sync of one creator, whatever its platform: fresh tokens, the profile, the pages of videos
 * (written page by page, idempotently; newest first, up to the first page
 * that changed nothing unless a full sync is asked for), then the profile and
 * a stats snapshot together with the `creator.synced` event (outbox), the
 * sync state, and `creators.creator.synced` on the bus. The outbox events of
 * a failure go with the change they report: `creator.reauth_required` with
 * the creator's status, `creator.sync_failed` with the final failure record.
 */
@Injectable()
export class CreatorSyncService {
  private readonly logger = new Logger(CreatorSyncService.name);
  private readonly outbox = new OutboxWriter(CREATORS_SCHEMA);

  constructor(
    private readonly platforms: PlatformSuite,
    private readonly refresher: TokenRefresher,
    private readonly dataSource: DataSource,
    private readonly creators: CreatorsRepository,
    private readonly videos: VideosRepository,
    private readonly snapshots: StatsSnapshotsRepository,
    private readonly syncState: SyncStateRepository,
    private readonly events: CreatorEventsPublisher,
  ) {}

  async sync(job: CreatorSyncJob, attempt: JobAttempt): Promise<CreatorSyncResult> {
    const creator = await this.creators.findById(job.creatorId);
    if (!creator) return nothingSynced(job.creatorId);
    await this.syncState.markRunning(creator.id, attempt.jobId, job.trigger);
    try {
      return await this.syncCreator(creator, attempt, job);
    } catch (error) {
      return this.fail(creator, attempt, job, error);
    }
  }

  private async syncCreator(
    creator: SyncedCreator,
    attempt: JobAttempt,
    job: CreatorSyncJob,
  ): Promise<CreatorSyncResult> {
    const full = job.full === true;
    if (creator.status !== 'connected') {
      throw new UnrecoverableError(`the creator is ${creator.status}: it must connect again`);
    }
    const startedAt = new Date();
    const provider = this.platforms.providers.get(creator.platform, priorityOf(job.trigger));
    const session = await CreatorPlatformSession.open(provider, this.refresher, creator.id);
    const read = await session.profile();
    // Stopping early needs a finished sync to trust; the first one reads everything.
    const stopAfterUnchangedSince =
      full || !creator.lastSyncedAt ? null : new Date(creator.lastSyncedAt);
    const stored = await this.storeVideos(
      creator.id,
      session,
      read,
      startedAt,
      stopAfterUnchangedSince,
      job.resumeCursor ?? null,
    ).catch((error: unknown) => {
      throw new ResumableSyncError(session.readingFrom, error);
    });
    const profile = profileFieldsOf(read);
    const syncedAt = new Date();
    const videos = await this.videos.count(creator.id);
    const stats = countsOf(profile);
    await this.dataSource.transaction(async (manager) => {
      await this.creators.updateProfile(creator.id, profile, syncedAt, manager);
      if (hasStats(profile)) await this.snapshots.record(creator.id, profile, syncedAt, manager);
      await this.outbox.add(manager, {
        type: 'creator.synced',
        accountId: creator.accountId,
        occurredAt: syncedAt,
        data: {
          creatorId: creator.id,
          platform: creator.platform,
          username: profile.username ?? creator.username,
          syncedAt: syncedAt.toISOString(),
          videos,
          videosChanged: stored.changed.length,
          stats,
          // The counts of the creator as this sync loaded it: the previous sync's.
          changes: countChanges(creator.stats, stats),
        },
      });
    });
    await this.syncState.markSucceeded(creator.id, attempt.jobId, videos);
    const result: CreatorSyncResult = {
      creatorId: creator.id,
      syncedAt: syncedAt.toISOString(),
      videos,
      videosChanged: stored.changed.length,
      pages: stored.pages,
    };
    await this.events.synced({
      accountId: creator.accountId,
      creatorId: result.creatorId,
      syncedAt: result.syncedAt,
      videos: result.videos,
      videosChanged: result.videosChanged,
      platform: creator.platform,
      username: profile.username ?? creator.username,
      requestedBy: job.requestedBy ?? null,
    });
    this.logger.log({ msg: 'creator synced', jobId: attempt.jobId, ...result });
    return result;
  }

  /**
   * Upserts each page as it arrives, newest first. With `stopAfterUnchangedSince`
   * (the end of the last finished sync), stops after a page whose videos were
   * all stored already, unchanged, and written no later than then: the older
   * pages were read by that sync. Videos an interrupted sync wrote since do not
   * count, as it may have stopped before the older pages.
   */
  private async storeVideos(
    creatorId: string,
    session: CreatorPlatformSession,
    profile: PlatformProfile,
    seenAt: Date,
    stopAfterUnchangedSince: Date | null,
    resumeFrom: string | null,
  ): Promise<StoredVideos> {
    const changed = new Set<string>();
    let pages = 0;
    for await (const page of session.mediaPages(profile, resumeFrom)) {
      pages += 1;
      const records = videoRecords(page.media, seenAt);
      const ids = await this.videos.upsertMany(creatorId, records);
      ids.forEach((id) => changed.add(id));
      // An empty page says nothing about what follows (TikTok filters some videos out of pages).
      if (stopAfterUnchangedSince && records.length > 0 && ids.length === 0) {
        const externalIds = records.map((record) => record.externalId);
        const settled = await this.videos.countWrittenBy(
          creatorId,
          externalIds,
          stopAfterUnchangedSince,
        );
        if (settled === externalIds.length) break;
      }
    }
    return { changed: [...changed], pages };
  }

  private async fail(
    creator: SyncedCreator,
    attempt: JobAttempt,
    job: CreatorSyncJob,
    error: unknown,
  ): Promise<CreatorSyncResult> {
    // Deleted while it synced (its tokens and rows went with it): nothing is left to do.
    if (!(await this.creators.findById(creator.id))) return nothingSynced(creator.id);
    const failure = classifySyncFailure(error);
    if (failure.kind === 'reauth_required') {
      await this.dataSource.transaction(async (manager) => {
        await this.creators.setStatus(creator.id, 'reauth_required', manager);
        await this.outbox.add(manager, {
          type: 'creator.reauth_required',
          accountId: creator.accountId,
          data: {
            creatorId: creator.id,
            platform: creator.platform,
            username: creator.username,
            reason: failure.reason,
          },
        });
      });
      await this.recordFailure(creator.id, attempt, failure.reason, true);
      await this.events.reauthRequired({
        accountId: creator.accountId,
        creatorId: creator.id,
        reason: failure.reason,
        platform: creator.platform,
        username: creator.username,
      });
      this.logger.warn({
        msg: 'creator must reconnect',
        creatorId: creator.id,
        jobId: attempt.jobId,
        reason: failure.reason,
      });
      throw new UnrecoverableError(`the creator must connect again: ${failure.reason}`);
    }
    if (failure.kind === 'rate_limited') {
      // Not an attempt: the job goes back to the queue, which waits for TikTok's window.
      await this.recordFailure(creator.id, attempt, failure.reason, false);
      throw new UpstreamRateLimitedError(failure.pauseMs, failure.reason);
    }
    if (failure.kind === 'deferred') {
      // Not an attempt either: the job waits for the platform's room, the worker takes others.
      await this.recordFailure(creator.id, attempt, failure.reason, false);
      throw new JobDeferredError(failure.delayMs, failure.reason, resumeCursorOf(error));
    }
    const final =
      failure.kind === 'permanent' || (failure.kind === 'transient' && isLastAttempt(attempt));
    if (final) await this.recordFinalFailure(creator, attempt, failure.reason);
    else await this.recordFailure(creator.id, attempt, failure.reason, false);
    if (final) {
      await this.events.syncFailed({
        accountId: creator.accountId,
        creatorId: creator.id,
        platform: creator.platform,
        username: creator.username,
        reason: failure.reason,
        requestedBy: job.requestedBy ?? null,
      });
    }
    if (failure.kind === 'permanent' && !(error instanceof UnrecoverableError)) {
      throw new UnrecoverableError(failure.reason);
    }
    throw error;
  }

  /**
   * The failure record of a sync that will not be retried, with its
   * `creator.sync_failed` event; bookkeeping too, as far as the job goes.
   */
  private async recordFinalFailure(
    creator: SyncedCreator,
    attempt: JobAttempt,
    reason: string,
  ): Promise<void> {
    try {
      await this.dataSource.transaction(async (manager) => {
        await this.syncState.markFailed(creator.id, attempt.jobId, reason, true, manager);
        await this.outbox.add(manager, {
          type: 'creator.sync_failed',
          accountId: creator.accountId,
          data: {
            creatorId: creator.id,
            platform: creator.platform,
            username: creator.username,
            reason,
          },
        });
      });
    } catch (error) {
      this.logger.error({
        msg: 'final sync failure not recorded',
        creatorId: creator.id,
        jobId: attempt.jobId,
        err: error,
      });
    }
  }

  /** Bookkeeping only: failing to write it must not change whether the job is retried. */
  private async recordFailure(
    creatorId: string,
    attempt: JobAttempt,
    reason: string,
    final: boolean,
  ): Promise<void> {
    try {
      await this.syncState.markFailed(creatorId, attempt.jobId, reason, final);
    } catch (error) {
      this.logger.error({
        msg: 'sync failure not recorded',
        creatorId,
        jobId: attempt.jobId,
        err: error,
      });
    }
  }
}

function nothingSynced(creatorId: string): CreatorSyncResult {
  return { creatorId, syncedAt: new Date().toISOString(), videos: 0, videosChanged: 0, pages: 0 };
}

/** A snapshot without a single count (no stats scope) would be an empty point in the history. */
function hasStats(profile: CreatorProfileFields): boolean {
  return [
    profile.followers,
    profile.following,
    profile.likes,
    profile.videoCount,
    profile.totalViews,
  ].some((count) => count !== null);
}

/** Where a sync put off while reading media stopped; undefined when it had not begun reading them. */
function resumeCursorOf(error: unknown): string | undefined {
  return error instanceof ResumableSyncError ? (error.resumeCursor ?? undefined) : undefined;
}
