import { Queues } from '@tally/contracts';
import { QueueFactory, RevocationQueue } from '@tally/creators-data';
import { HealthCheckResult, HealthIndicator } from '@tally/nest-kit';
import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { SYNC_WORKER_CONFIG } from '../config/sync-worker.tokens.js';
import { SyncWorkerConfig } from '../config/sync-worker.config.js';
import { SyncMetrics } from '../metrics/sync-metrics.js';
import { CreatorSyncQueue } from './creator-sync-queue.js';
import { JobRouter, REVOCATION_JOB_ROUTER, SYNC_JOB_ROUTER } from './job-router.js';
import { QueueConsumer } from './queue-consumer.js';

/** What is left of SHUTDOWN_TIMEOUT_MS for running jobs, the rest being for closing connections. */
export function drainTimeoutMs(shutdownTimeoutMs: number): number {
  return shutdownTimeoutMs - Math.min(2000, shutdownTimeoutMs / 2);
}

/**
 * The BullMQ workers of this process, one per queue, each with its own
 * concurrency and its own pause after a 429: syncs paused by TikTok's Display
 * API limit do not hold up revocations, nor the other way round. On shutdown
 * both drain at once, within the same time.
 */
@Injectable()
export class QueueWorkerService
  implements OnApplicationBootstrap, BeforeApplicationShutdown, HealthIndicator
{
  readonly name = 'worker';
  private consumers: QueueConsumer[] = [];

  constructor(
    @Inject(SYNC_WORKER_CONFIG) private readonly config: SyncWorkerConfig,
    private readonly queues: QueueFactory,
    @Inject(SYNC_JOB_ROUTER) private readonly syncJobs: JobRouter,
    @Inject(REVOCATION_JOB_ROUTER) private readonly revocationJobs: JobRouter,
    private readonly syncQueue: CreatorSyncQueue,
    private readonly revocationQueue: RevocationQueue,
    private readonly metrics: SyncMetrics,
  ) {}

  onApplicationBootstrap(): void {
    const timing = {
      lockDurationMs: this.config.SYNC_LOCK_DURATION_MS,
      stalledIntervalMs: this.config.SYNC_STALLED_INTERVAL_MS,
    };
    this.consumers = [
      new QueueConsumer(
        {
          queueName: Queues.creatorSync,
          queue: this.syncQueue.queue,
          router: this.syncJobs,
          concurrency: this.config.SYNC_CONCURRENCY,
          ...timing,
        },
        this.queues,
        this.metrics,
      ),
      new QueueConsumer(
        {
          queueName: Queues.creatorRevocations,
          queue: this.revocationQueue.queue,
          router: this.revocationJobs,
          concurrency: this.config.REVOCATION_CONCURRENCY,
          ...timing,
        },
        this.queues,
        this.metrics,
      ),
    ];
    for (const consumer of this.consumers) consumer.start();
  }

  /** Stops taking jobs on every queue and waits for the running ones, up to the drain time. */
  async beforeApplicationShutdown(): Promise<void> {
    const drainMs = drainTimeoutMs(this.config.SHUTDOWN_TIMEOUT_MS);
    await Promise.all(this.consumers.map((consumer) => consumer.stop(drainMs)));
  }

  async check(): Promise<HealthCheckResult> {
    const stopped = this.consumers.filter((consumer) => !consumer.isRunning());
    if (this.consumers.length === 0) throw new Error('worker is not running');
    if (stopped.length > 0) {
      const names = stopped.map((consumer) => consumer.queueName).join(', ');
      throw new Error(`worker is not running (${names})`);
    }
    return { status: 'up' };
  }
}
