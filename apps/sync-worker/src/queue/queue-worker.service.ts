import { Queues, queueKeyPrefix } from '@tally/contracts';
import { createRedis, HealthCheckResult, HealthIndicator, RequestContext } from '@tally/nest-kit';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { SYNC_WORKER_CONFIG } from '../config/sync-worker.tokens.js';
import { SyncWorkerConfig } from '../config/sync-worker.config.js';
import { JobRouter } from './job-router.js';

/**
 * Runs the BullMQ worker of this process. Closing it on shutdown stops taking
 * new jobs and waits for the running ones; a killed process's jobs come back
 * to the queue through BullMQ's stalled-job check.
 */
@Injectable()
export class QueueWorkerService
  implements OnApplicationBootstrap, OnApplicationShutdown, HealthIndicator
{
  readonly name = 'worker';
  private readonly logger = new Logger(QueueWorkerService.name);
  private worker: Worker | undefined;
  private connection: Redis | undefined;

  constructor(
    @Inject(SYNC_WORKER_CONFIG) private readonly config: SyncWorkerConfig,
    private readonly router: JobRouter,
  ) {}

  onApplicationBootstrap(): void {
    // BullMQ needs its own connection without a key prefix and with unlimited retries.
    this.connection = createRedis(
      { url: this.config.REDIS_URL, keyPrefix: '' },
      { maxRetriesPerRequest: null },
    );
    // Every log line and event of a job carries the job as its request id.
    const processJob = (job: Job) =>
      RequestContext.run({ requestId: `job-${job.id ?? 'unknown'}` }, () => this.router.route(job));
    this.worker = new Worker(Queues.creatorSync, processJob, {
      connection: this.connection,
      prefix: queueKeyPrefix(this.config.REDIS_KEY_PREFIX),
      concurrency: this.config.SYNC_CONCURRENCY,
    });
    this.worker.on('failed', (job, error) =>
      this.logger.warn({
        msg: 'job failed',
        jobId: job?.id,
        jobName: job?.name,
        reason: error.message,
      }),
    );
    this.worker.on('error', (error) => this.logger.error({ msg: 'worker error', err: error }));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    // A connection handed to BullMQ stays open when the worker closes.
    await this.connection?.quit().catch(() => this.connection?.disconnect());
  }

  async check(): Promise<HealthCheckResult> {
    if (!this.worker?.isRunning()) throw new Error('worker is not running');
    return { status: 'up' };
  }
}
