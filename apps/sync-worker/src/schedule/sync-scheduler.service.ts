import { CreatorSyncJob, creatorSyncJobOptions, type JobToQueue } from '@tally/contracts';
import { DueCreatorsRepository, SyncRanks } from '@tally/creators-data';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { SyncWorkerConfig } from '../config/sync-worker.config.js';
import { SYNC_WORKER_CONFIG } from '../config/sync-worker.tokens.js';
import { CreatorSyncQueue } from '../queue/creator-sync-queue.js';

export interface ScheduleResult {
  /** Creators whose data was too old; those with a sync already queued or running keep that one. */
  due: number;
}

/**
 * One run of the scheduler: queues a background sync for each creator whose
 * data is older than SYNC_MAX_AGE, at most SYNC_SCHEDULE_BATCH of them, each
 * after a random delay within the scheduling period so that they do not all
 * reach TikTok at once, and each ranked among its account's recent syncs so
 * that no account's backlog runs ahead of the others'.
 */
@Injectable()
export class SyncScheduler {
  private readonly logger = new Logger(SyncScheduler.name);

  constructor(
    @Inject(SYNC_WORKER_CONFIG) private readonly config: SyncWorkerConfig,
    private readonly creators: DueCreatorsRepository,
    private readonly syncQueue: CreatorSyncQueue,
    private readonly ranks: SyncRanks,
  ) {}

  async scheduleDue(now: number = Date.now()): Promise<ScheduleResult> {
    const due = await this.creators.due(
      new Date(now - this.config.SYNC_MAX_AGE),
      this.config.SYNC_SCHEDULE_BATCH,
    );
    if (due.length === 0) return { due: 0 };
    const ranks = await this.ranks.next(
      due.map(({ accountId }) => ({ accountId, trigger: 'scheduled' as const })),
    );
    await this.syncQueue.queue.addBulk(
      due.map(({ creatorId, accountId }, index) => {
        const data: JobToQueue<typeof CreatorSyncJob> = {
          creatorId,
          accountId,
          trigger: 'scheduled',
        };
        const delayMs = Math.floor(Math.random() * this.config.SYNC_SCHEDULE_EVERY_MS);
        return {
          name: CreatorSyncJob.name,
          data,
          opts: creatorSyncJobOptions(data, {
            attempts: this.config.SYNC_ATTEMPTS,
            delayMs,
            rank: ranks[index],
          }),
        };
      }),
    );
    this.logger.log({ msg: 'syncs scheduled', due: due.length });
    return { due: due.length };
  }
}
