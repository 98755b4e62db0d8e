import { SyncJobs } from '@tally/contracts';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SyncWorkerConfig } from '../config/sync-worker.config.js';
import { SYNC_WORKER_CONFIG } from '../config/sync-worker.tokens.js';
import { CreatorSyncQueue } from '../queue/creator-sync-queue.js';

/** The one job scheduler of the queue, whichever workers register it. */
export const SYNC_SCHEDULER_ID = 'schedule-syncs';

/**
 * Registers the BullMQ job scheduler that runs `schedule-syncs` every
 * SYNC_SCHEDULE_EVERY_MS. Every worker does it at start; the scheduler is
 * keyed by its id, so however many upsert it there is one, and one job per
 * period. With SYNC_SCHEDULER_ENABLED=false the worker removes it instead: set
 * the same value on every worker.
 */
@Injectable()
export class SyncScheduleRegistrar implements OnApplicationBootstrap {
  private readonly logger = new Logger(SyncScheduleRegistrar.name);

  constructor(
    @Inject(SYNC_WORKER_CONFIG) private readonly config: SyncWorkerConfig,
    private readonly syncQueue: CreatorSyncQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { queue } = this.syncQueue;
    if (!this.config.SYNC_SCHEDULER_ENABLED) {
      if (await queue.removeJobScheduler(SYNC_SCHEDULER_ID)) {
        this.logger.log({ msg: 'sync scheduler removed (SYNC_SCHEDULER_ENABLED=false)' });
      }
      return;
    }
    await queue.upsertJobScheduler(
      SYNC_SCHEDULER_ID,
      { every: this.config.SYNC_SCHEDULE_EVERY_MS },
      {
        name: SyncJobs.scheduleSyncs,
        data: {},
        // A failed run is not retried: the next period's run does the same work.
        opts: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } },
      },
    );
    this.logger.log({
      msg: 'sync scheduler registered',
      everyMs: this.config.SYNC_SCHEDULE_EVERY_MS,
      maxAgeMs: this.config.SYNC_MAX_AGE,
      batch: this.config.SYNC_SCHEDULE_BATCH,
    });
  }
}
