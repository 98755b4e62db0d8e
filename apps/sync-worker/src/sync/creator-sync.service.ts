import type { CreatorProfile, CreatorSyncJob, CreatorSyncResult } from '@tally/contracts';
import {
  type CreatorProfileFields,
  CreatorsRepository,
  grantedProfileFields,
  StatsSnapshotsRepository,
  SyncStateRepository,
  tiktokProfileFields,
  VideosRepository,
} from '@tally/creators-data';
import { TikTokClient, TokenRefresher } from '@tally/tiktok';
import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { CreatorEventsPublisher } from '../events/creator-events.publisher.js';
import { isLastAttempt, type JobAttempt } from '../queue/job-attempt.js';
import { CreatorTikTokSession } from './creator-tiktok-session.js';
import { mayListVideos } from './granted-fields.js';
import { classifySyncFailure } from './sync-failure.js';
import { videoRecords } from './video-records.js';

type SyncedCreator = CreatorProfile & { accountId: string };

/**
 * One sync of one creator: fresh tokens, the profile, every page of videos
 * (written page by page, idempotently), then the profile and a stats snapshot
 * together, the sync state, and `creators.creator.synced`.
 */
@Injectable()
export class CreatorSyncService {
  private readonly logger = new Logger(CreatorSyncService.name);

  constructor(
    private readonly client: TikTokClient,
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
      return await this.syncCreator(creator, attempt);
    } catch (error) {
      return this.fail(creator, attempt, error);
    }
  }

  private async syncCreator(
    creator: SyncedCreator,
    attempt: JobAttempt,
  ): Promise<CreatorSyncResult> {
    if (creator.status !== 'connected') {
      throw new UnrecoverableError(`the creator is ${creator.status}: it must connect again`);
    }
    const startedAt = new Date();
    const tiktok = await CreatorTikTokSession.open(this.client, this.refresher, creator.id);
    const user = await tiktok.userInfo(grantedProfileFields(tiktok.scopes));
    const changed = mayListVideos(tiktok.scopes)
      ? await this.storeVideos(creator.id, tiktok, startedAt)
      : [];
    const profile = tiktokProfileFields(user);
    const syncedAt = new Date();
    await this.dataSource.transaction(async (manager) => {
      await this.creators.updateProfile(creator.id, profile, syncedAt, manager);
      if (hasStats(profile)) await this.snapshots.record(creator.id, profile, syncedAt, manager);
    });
    const videos = await this.videos.count(creator.id);
    await this.syncState.markSucceeded(creator.id, attempt.jobId, videos);
    const result: CreatorSyncResult = {
      creatorId: creator.id,
      syncedAt: syncedAt.toISOString(),
      videos,
      videosChanged: changed.length,
    };
    await this.events.synced({ accountId: creator.accountId, ...result });
    this.logger.log({ msg: 'creator synced', jobId: attempt.jobId, ...result });
    return result;
  }

  /** Upserts each page as it arrives; returns the ids of videos inserted or changed. */
  private async storeVideos(
    creatorId: string,
    tiktok: CreatorTikTokSession,
    seenAt: Date,
  ): Promise<string[]> {
    const changed = new Set<string>();
    for await (const page of tiktok.videoPages()) {
      const ids = await this.videos.upsertMany(creatorId, videoRecords(page.videos, seenAt));
      ids.forEach((id) => changed.add(id));
    }
    return [...changed];
  }

  private async fail(
    creator: SyncedCreator,
    attempt: JobAttempt,
    error: unknown,
  ): Promise<CreatorSyncResult> {
    // Deleted while it synced (its tokens and rows went with it): nothing is left to do.
    if (!(await this.creators.findById(creator.id))) return nothingSynced(creator.id);
    const failure = classifySyncFailure(error);
    if (failure.kind === 'reauth_required') {
      await this.creators.setStatus(creator.id, 'reauth_required');
      await this.recordFailure(creator.id, attempt, failure.reason, true);
      await this.events.reauthRequired({
        accountId: creator.accountId,
        creatorId: creator.id,
        reason: failure.reason,
      });
      this.logger.warn({
        msg: 'creator must reconnect',
        creatorId: creator.id,
        jobId: attempt.jobId,
        reason: failure.reason,
      });
      throw new UnrecoverableError(`the creator must connect again: ${failure.reason}`);
    }
    const final = failure.kind === 'permanent' || isLastAttempt(attempt);
    await this.recordFailure(creator.id, attempt, failure.reason, final);
    if (failure.kind === 'permanent' && !(error instanceof UnrecoverableError)) {
      throw new UnrecoverableError(failure.reason);
    }
    throw error;
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
  return { creatorId, syncedAt: new Date().toISOString(), videos: 0, videosChanged: 0 };
}

/** A snapshot without a single count (no stats scope) would be an empty point in the history. */
function hasStats(profile: CreatorProfileFields): boolean {
  return [profile.followers, profile.following, profile.likes, profile.videoCount].some(
    (count) => count !== null,
  );
}
