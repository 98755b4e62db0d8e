import {
  AppError,
  auditActorOf,
  CreatorSyncRequested,
  Principal,
  RequestedBy,
  SyncOutcome,
  SyncStatusView,
  SyncTrigger,
} from '@tally/contracts';
import { CreatorsRepository, SyncStateRepository } from '@tally/creators-data';
import { RequestContext, ServiceClient, announce } from '@tally/nest-kit';
import { Injectable, Logger } from '@nestjs/common';
import { creatorNotFound } from '../creators/creator-errors.js';
import { MIN_YOUTUBE_SYNC_UNITS, PlatformQuotaGuard } from './platform-quota.js';
import { SyncQueue } from './sync-queue.js';

@Injectable()
export class SyncService {
  private readonly logger = new Logger(SyncService.name);

  constructor(
    private readonly creators: CreatorsRepository,
    private readonly syncState: SyncStateRepository,
    private readonly queue: SyncQueue,
    private readonly bus: ServiceClient,
    private readonly quota: PlatformQuotaGuard,
  ) {}

  /** Queues a sync (or joins the pending one) and waits for it up to `waitMs` (capped by the contract). */
  async start(principal: Principal, creatorId: string, waitMs: number): Promise<SyncOutcome> {
    const creator = await this.creators.findView(principal.accountId, creatorId);
    if (!creator) throw creatorNotFound();
    if (creator.status === 'reauth_required') throw reauthRequired();
    await this.quota.assertRoomFor(creator.platform, MIN_YOUTUBE_SYNC_UNITS);
    const requestedBy: RequestedBy = {
      actor: auditActorOf(principal),
      requestId: RequestContext.requestId() ?? null,
    };
    const jobId = await this.queue
      .enqueue({ creatorId, accountId: principal.accountId, trigger: 'manual', requestedBy })
      .catch((error: unknown) => {
        this.logger.error({ msg: 'could not queue a sync', creatorId, err: error });
        throw new AppError(
          'service_unavailable',
          'Syncs cannot be queued right now; try again shortly.',
          [{ service: 'sync-queue', reason: 'unavailable' }],
        );
      });
    await this.syncState.markQueued(creatorId, jobId, 'manual' satisfies SyncTrigger);
    await announce(this.bus, this.logger, CreatorSyncRequested, {
      accountId: principal.accountId,
      creatorId,
      platform: creator.platform,
      username: creator.username,
      jobId,
      actor: requestedBy.actor,
    });
    const waited = await this.queue.waitFor(jobId, waitMs);
    if (!waited.finished) {
      const state = await this.syncState.find(creatorId);
      return {
        synced: false,
        jobId,
        status: state.jobId === jobId && state.status ? state.status : 'queued',
      };
    }
    if ('result' in waited) {
      return { synced: true, syncedAt: waited.result.syncedAt, videos: waited.result.videos };
    }
    const after = await this.creators.findView(principal.accountId, creatorId);
    if (after?.status === 'reauth_required') throw reauthRequired();
    throw new AppError('upstream_error', `The sync failed: ${waited.failedReason}`);
  }

  async status(principal: Principal, creatorId: string): Promise<SyncStatusView> {
    const creator = await this.creators.findView(principal.accountId, creatorId);
    if (!creator) throw creatorNotFound();
    return this.syncState.find(creatorId);
  }
}

function reauthRequired(): AppError {
  return new AppError(
    'conflict',
    'The creator withdrew access on TikTok: connect the creator again before syncing.',
  );
}
