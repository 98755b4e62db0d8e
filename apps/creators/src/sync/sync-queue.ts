import {
  CreatorSyncJob,
  creatorSyncJobOptions,
  type CreatorSyncResult,
  type JobToQueue,
  Queues,
  queueKeyPrefix,
  RevokeAuthorizationJob,
} from '@tally/contracts';
import { createRedis } from '@tally/nest-kit';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { type Job, Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
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
  private readonly queue: Queue;
  private readonly connection: Redis;
  private events: QueueEvents | undefined;
  private eventsConnection: Redis | undefined;

  constructor(@Inject(CREATORS_CONFIG) private readonly config: CreatorsConfig) {
    // BullMQ refuses ioredis' keyPrefix: it namespaces keys itself.
    this.connection = createRedis(
      { url: config.REDIS_URL, keyPrefix: '' },
      { maxRetriesPerRequest: 1, enableOfflineQueue: false },
    );
    this.queue = new Queue(Queues.creatorSync, {
      connection: this.connection,
      prefix: queueKeyPrefix(config.REDIS_KEY_PREFIX),
    });
  }

  /**
   * Queues a sync unless one is queued or running for the creator; returns the
   * job that will run. Someone waiting for a sync does not wait behind the
   * scheduler's backlog: a queued scheduled job they join is moved up to their priority.
   */
  async enqueue(job: JobToQueue<typeof CreatorSyncJob>): Promise<string> {
    const options = creatorSyncJobOptions(job, { attempts: this.config.SYNC_ATTEMPTS });
    const added = await this.queue.add(CreatorSyncJob.name, job, options);
    const jobId = String(added.id);
    if (job.trigger !== 'scheduled') {
      await this.raiseQueuedJob(jobId, job, options.priority).catch((error: unknown) =>
        // The sync is queued either way; it only runs later than it could.
        this.logger.warn({ msg: 'could not move the queued sync up', jobId, err: error }),
      );
    }
    return jobId;
  }

  async enqueueRevocation(job: JobToQueue<typeof RevokeAuthorizationJob>): Promise<string> {
    const added = await this.queue.add(RevokeAuthorizationJob.name, job, {
      attempts: 10,
      backoff: { type: 'exponential', delay: 30000, jitter: 0.5 },
      removeOnComplete: { age: 24 * 3600 },
      removeOnFail: { age: 30 * 24 * 3600 },
    });
    return String(added.id);
  }

  /** Waits up to `waitMs` for the job to finish (completed or failed for good). */
  async waitFor(jobId: string, waitMs: number): Promise<WaitResult> {
    const events = await this.queueEvents();
    const job = await this.queue.getJob(jobId);
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
    const queued: Job | undefined = await this.queue.getJob(jobId);
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
    await this.queue.close();
    await this.eventsConnection?.quit().catch(() => this.eventsConnection?.disconnect());
    await this.connection.quit().catch(() => this.connection.disconnect());
  }

  /** One QueueEvents per process, opened on first use (it holds a blocking connection). */
  private async queueEvents(): Promise<QueueEvents> {
    if (!this.events) {
      this.eventsConnection = createRedis(
        { url: this.config.REDIS_URL, keyPrefix: '' },
        { maxRetriesPerRequest: null },
      );
      this.events = new QueueEvents(Queues.creatorSync, {
        connection: this.eventsConnection,
        prefix: queueKeyPrefix(this.config.REDIS_KEY_PREFIX),
      });
      await this.events.waitUntilReady();
    }
    return this.events;
  }
}
