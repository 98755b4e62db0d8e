import { Queues, queueKeyPrefix } from '@tally/contracts';
import { createRedis, HealthCheckResult, HealthIndicator, RequestContext } from '@tally/nest-kit';
import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { type Job, RateLimitError, UnrecoverableError, WaitingError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { SYNC_WORKER_CONFIG } from '../config/sync-worker.tokens.js';
import { SyncWorkerConfig } from '../config/sync-worker.config.js';
import { type JobOutcome, SyncMetrics } from '../metrics/sync-metrics.js';
import { UpstreamRateLimitedError } from '../upstream/upstream-rate-limited.error.js';
import { CreatorSyncQueue } from './creator-sync-queue.js';
import { attemptOf, isLastAttempt } from './job-attempt.js';
import { JobRouter } from './job-router.js';

/** A job whose worker died twice is failed rather than given to a third one. */
const MAX_STALLED_COUNT = 2;

/**
 * BullMQ honours a queue-wide pause (`queue.rateLimit`) only in workers that
 * have a limiter. This one is never reached by itself: it exists for the pause.
 */
const PAUSE_ONLY_LIMITER = { max: 1_000_000, duration: 1000 };

/** What is left of SHUTDOWN_TIMEOUT_MS for running jobs, the rest being for closing connections. */
export function drainTimeoutMs(shutdownTimeoutMs: number): number {
  return shutdownTimeoutMs - Math.min(2000, shutdownTimeoutMs / 2);
}

/**
 * Runs the BullMQ worker of this process.
 *
 * - A 429 from TikTok pauses the whole queue (every worker) for TikTok's
 *   window, and the job goes back to the queue without spending an attempt.
 * - On shutdown it takes no new jobs and lets the running ones finish; those
 *   still running when the drain time is up go back to the queue at once for
 *   another worker, without spending an attempt.
 * - A killed process's jobs come back through BullMQ's stalled-job check: each
 *   worker looks every SYNC_STALLED_INTERVAL_MS for jobs whose lock
 *   (SYNC_LOCK_DURATION_MS, renewed every half of it) was not renewed.
 */
@Injectable()
export class QueueWorkerService
  implements OnApplicationBootstrap, BeforeApplicationShutdown, HealthIndicator
{
  readonly name = 'worker';
  private readonly logger = new Logger(QueueWorkerService.name);
  private worker: Worker | undefined;
  private connection: Redis | undefined;
  /** Aborted when the running jobs have had all the time shutdown gives them. */
  private readonly drainDeadline = new AbortController();
  private stopping = false;

  constructor(
    @Inject(SYNC_WORKER_CONFIG) private readonly config: SyncWorkerConfig,
    private readonly router: JobRouter,
    private readonly syncQueue: CreatorSyncQueue,
    private readonly metrics: SyncMetrics,
  ) {}

  onApplicationBootstrap(): void {
    // BullMQ needs its own connection without a key prefix and with unlimited retries.
    this.connection = createRedis(
      { url: this.config.REDIS_URL, keyPrefix: '' },
      { maxRetriesPerRequest: null },
    );
    this.worker = new Worker(Queues.creatorSync, (job, token) => this.process(job, token), {
      connection: this.connection,
      prefix: queueKeyPrefix(this.config.REDIS_KEY_PREFIX),
      concurrency: this.config.SYNC_CONCURRENCY,
      lockDuration: this.config.SYNC_LOCK_DURATION_MS,
      stalledInterval: this.config.SYNC_STALLED_INTERVAL_MS,
      maxStalledCount: MAX_STALLED_COUNT,
      limiter: PAUSE_ONLY_LIMITER,
    });
    this.worker.on('failed', (job, error) =>
      this.logger.warn({
        msg: 'job failed',
        jobId: job?.id,
        jobName: job?.name,
        reason: error.message,
      }),
    );
    this.worker.on('stalled', (jobId) => {
      this.metrics.jobStalled();
      this.logger.warn({ msg: 'job stalled: its worker stopped, back in the queue', jobId });
    });
    this.worker.on('error', (error) => this.logger.error({ msg: 'worker error', err: error }));
  }

  /** Stops taking jobs and waits for the running ones, up to the drain time; see the class. */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.worker) return;
    this.stopping = true;
    const deadline = setTimeout(
      () => this.drainDeadline.abort(),
      drainTimeoutMs(this.config.SHUTDOWN_TIMEOUT_MS),
    );
    try {
      await this.worker.close();
    } finally {
      clearTimeout(deadline);
      // A connection handed to BullMQ stays open when the worker closes.
      await this.connection?.quit().catch(() => this.connection?.disconnect());
    }
  }

  async check(): Promise<HealthCheckResult> {
    if (!this.worker?.isRunning()) throw new Error('worker is not running');
    return { status: 'up' };
  }

  private async process(job: Job, token: string | undefined): Promise<unknown> {
    // BullMQ may still hand over a job that arrived while the worker was
    // closing (its blocking wait for the next job is not interrupted): give it back.
    if (this.stopping) return this.handBack(job, token, 'job taken while shutting down');
    const finished = this.metrics.jobStarted(job.name);
    try {
      // Every log line and event of a job carries the job as its request id.
      const result = await this.untilDrainDeadline(job, token, () =>
        RequestContext.run({ requestId: `job-${job.id ?? 'unknown'}` }, () =>
          this.router.route(job),
        ),
      );
      finished('completed');
      return result;
    } catch (error) {
      finished(outcomeOf(job, error));
      if (error instanceof UpstreamRateLimitedError) {
        await this.pauseQueue(job, error);
        // BullMQ puts the job back in the queue, attempts untouched, and waits for the pause.
        throw new RateLimitError();
      }
      throw error;
    }
  }

  /** Every worker takes no job for `pauseMs`: TikTok's window has to pass for all of them. */
  private async pauseQueue(job: Job, error: UpstreamRateLimitedError): Promise<void> {
    await this.syncQueue.queue.rateLimit(error.pauseMs);
    this.metrics.queuePaused();
    this.logger.warn({
      msg: 'TikTok rate limit: queue paused',
      jobId: job.id,
      pauseMs: error.pauseMs,
      reason: error.message,
    });
  }

  /**
   * The job's work, unless the drain deadline comes first: then the job goes
   * back to the queue for another worker and the work is left to end with the process.
   */
  private async untilDrainDeadline<T>(
    job: Job,
    token: string | undefined,
    work: () => Promise<T>,
  ): Promise<T> {
    const running = work();
    const signal = this.drainDeadline.signal;
    let onDeadline: (() => void) | undefined;
    const deadline = new Promise<'deadline'>((resolve) => {
      onDeadline = () => resolve('deadline');
      if (signal.aborted) onDeadline();
      else signal.addEventListener('abort', onDeadline, { once: true });
    });
    try {
      const first = await Promise.race([running.then((value) => ({ value })), deadline]);
      if (first !== 'deadline') return first.value;
    } finally {
      if (onDeadline) signal.removeEventListener('abort', onDeadline);
    }
    // Its outcome no longer counts: the job is another worker's now.
    running.catch(() => undefined);
    return this.handBack(job, token, 'job still running at shutdown');
  }

  /** Puts the job back in the queue for another worker, without spending an attempt. */
  private async handBack(job: Job, token: string | undefined, why: string): Promise<never> {
    await job.moveToWait(token);
    this.logger.warn({ msg: `${why}: back in the queue`, jobId: job.id });
    throw new WaitingError();
  }
}

function outcomeOf(job: Job, error: unknown): JobOutcome {
  if (error instanceof UpstreamRateLimitedError) return 'rate_limited';
  if (error instanceof WaitingError) return 'requeued';
  if (error instanceof UnrecoverableError || isLastAttempt(attemptOf(job))) return 'failed';
  return 'retrying';
}
