import {
  CreatorSyncJob,
  creatorSyncJobOptions,
  type CreatorSyncResult,
  type JobToQueue,
  Queues,
} from '@tally/contracts';
import {
  QueueFactory,
  type QueueEventsHandle,
  type QueueHandle,
  SyncRanks,
} from '@tally/creators-data';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { Job, QueueEvents } from 'bullmq';
import { CreatorsConfig } from '../config/creators.config.js';
import { CREATORS_CONFIG } from '../config/creators.tokens.js';

export type WaitResult =
  | { finished: true; result: CreatorSyncResult }
  | { finished: true; failedReason: string }
  | { finished: false };

/** The producer side of the `creator-sync` queue. */
@Injectable()
export class SyncQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(SyncQueue.name);
  private readonly handle: QueueHandle;
  private events: QueueEventsHandle | undefined;

  constructor(
    @Inject(CREATORS_CONFIG) private readonly config: CreatorsConfig,
    private readonly queues: QueueFactory,
    private readonly ranks: SyncRanks,
  ) {
    this.handle = queues.queue(Queues.creatorSync, 'failFast');
  }

  /**
   * Queues a sync unless one is queued or running for the creator; returns the
   * job that will run. Its place is its trigger's band and its account's rank
   * there. Someone waiting for a sync does not wait behind the scheduler's
   * backlog: a queued scheduled job they join is moved up to their priority.
   */
  async enqueue(job: JobToQueue<typeof CreatorSyncJob>): Promise<string> {
    const [rank] = await this.ranks.next([{ accountId: job.accountId, trigger: job.trigger }]);
    const options = creatorSyncJobOptions(job, { attempts: this.config.SYNC_ATTEMPTS, rank });
    const added = await this.handle.queue.add(CreatorSyncJob.name, job, options);
    const jobId = String(added.id);
    if (job.trigger !== 'scheduled') {
      await this.raiseQueuedJob(jobId, job, options.priority).catch((error: unknown) =>
        // The sync is queued either way; it only runs later than it could.
        this.logger.warn({ msg: 'could not move the queued sync up', jobId, err: error }),
      );
    }
    return jobId;
  }

  /** Waits up to `waitMs` for the job to finish (completed or failed for good). */
  async waitFor(jobId: string, waitMs: number): Promise<WaitResult> {
    const events = await this.queueEvents();
    const job = await this.handle.queue.getJob(jobId);
    if (!job) return { finished: false };
    try {
      const result = (await job.waitUntilFinished(events, waitMs)) as CreatorSyncResult;
      return { finished: true, result };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/timed out/i.test(message)) return { finished: false };
      return { finished: true, failedReason: message };
    }
  }

  /** Gives a queued job (deduplicated against) the caller's priority, and runs a delayed one now. */
  private async raiseQueuedJob(
    jobId: string,
    job: JobToQueue<typeof CreatorSyncJob>,
    priority: number,
  ): Promise<void> {
    const queued: Job | undefined = await this.handle.queue.getJob(jobId);
    if (!queued || queued.priority <= priority) return;
    const state = await queued.getState();
    if (state !== 'prioritized' && state !== 'waiting' && state !== 'delayed') return;
    await queued.updateData({
      ...(queued.data as CreatorSyncJob),
      trigger: job.trigger,
      ...(job.requestedBy ? { requestedBy: job.requestedBy } : {}),
    });
    await queued.changePriority({ priority });
    // The scheduler spreads its jobs with a delay; the caller is waiting now.
    if (state === 'delayed') await queued.promote();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.events?.close();
    await this.handle.close();
  }

  /** One QueueEvents per process, opened on first use (it holds a blocking connection). */
  private async queueEvents(): Promise<QueueEvents> {
    if (!this.events) {
      this.events = this.queues.queueEvents(Queues.creatorSync);
      await this.events.events.waitUntilReady();
    }
    return this.events.events;
  }
}
