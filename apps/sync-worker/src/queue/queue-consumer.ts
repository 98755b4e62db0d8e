import type { QueueName } from '@tally/contracts';
import type { QueueFactory, WorkerHandle } from '@tally/creators-data';
import { RequestContext } from '@tally/nest-kit';
import { Logger } from '@nestjs/common';
import {
  DelayedError,
  type Job,
  type Queue,
  RateLimitError,
  UnrecoverableError,
  WaitingError,
} from 'bullmq';
import type { JobOutcome, SyncMetrics } from '../metrics/sync-metrics.js';
import { JobDeferredError } from '../upstream/job-deferred.error.js';
import { UpstreamRateLimitedError } from '../upstream/upstream-rate-limited.error.js';
import { attemptOf, isLastAttempt } from './job-attempt.js';
import type { JobRouter } from './job-router.js';

/** A job whose worker died twice is failed rather than given to a third one. */
const MAX_STALLED_COUNT = 2;

/**
 * BullMQ honours a queue-wide pause (`queue.rateLimit`) only in workers that
 * have a limiter. This one is never reached by itself: it exists for the pause.
 */
const PAUSE_ONLY_LIMITER = { max: 1_000_000, duration: 1000 };

export interface QueueConsumerOptions {
  queueName: QueueName;
  /** This process's handle on the same queue: a 429 pauses it. */
  queue: Queue;
  router: JobRouter;
  concurrency: number;
  lockDurationMs: number;
  stalledIntervalMs: number;
}

/**
 * The BullMQ worker of one queue in this process.
 *
 * - A 429 from TikTok pauses this queue (every worker of it, and no other
 *   queue) for TikTok's window, and the job goes back to the queue without
 *   spending an attempt.
 * - A job that meets another platform's limit or quota (an Instagram
 *   creator's hourly budget, YouTube's daily units) is delayed until there is
 *   room for it, without spending an attempt; the worker takes other jobs.
 * - On stop it takes no new jobs and lets the running ones finish; those
 *   still running when the drain time is up go back to the queue at once for
 *   another worker, without spending an attempt.
 * - A killed process's jobs come back through BullMQ's stalled-job check: each
 *   worker looks every stalled interval for jobs whose lock (renewed every half
 *   of its duration) was not renewed.
 */
export class QueueConsumer {
  private readonly logger: Logger;
  private handle: WorkerHandle | undefined;
  /** Aborted when the running jobs have had all the time shutdown gives them. */
  private readonly drainDeadline = new AbortController();
  private stopping = false;

  constructor(
    private readonly options: QueueConsumerOptions,
    private readonly queues: QueueFactory,
    private readonly metrics: SyncMetrics,
  ) {
    this.logger = new Logger(`QueueConsumer:${options.queueName}`);
  }

  get queueName(): QueueName {
    return this.options.queueName;
  }

  start(): void {
    this.handle = this.queues.worker(
      this.options.queueName,
      (job, token) => this.process(job, token),
      {
        concurrency: this.options.concurrency,
        lockDuration: this.options.lockDurationMs,
        stalledInterval: this.options.stalledIntervalMs,
        maxStalledCount: MAX_STALLED_COUNT,
        limiter: PAUSE_ONLY_LIMITER,
      },
    );
    const { worker } = this.handle;
    worker.on('failed', (job, error) =>
      this.logger.warn({
        msg: 'job failed',
        jobId: job?.id,
        jobName: job?.name,
        reason: error.message,
      }),
    );
    worker.on('stalled', (jobId) => {
      this.metrics.jobStalled();
      this.logger.warn({ msg: 'job stalled: its worker stopped, back in the queue', jobId });
    });
    worker.on('error', (error) => this.logger.error({ msg: 'worker error', err: error }));
  }

  /** Stops taking jobs and waits for the running ones, up to `drainMs`; see the class. */
  async stop(drainMs: number): Promise<void> {
    if (!this.handle) return;
    this.stopping = true;
    const deadline = setTimeout(() => this.drainDeadline.abort(), drainMs);
    try {
      await this.handle.close();
    } finally {
      clearTimeout(deadline);
    }
  }

  isRunning(): boolean {
    return this.handle?.worker.isRunning() ?? false;
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
          this.options.router.route(job),
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
      if (error instanceof JobDeferredError) return this.defer(job, token, error);
      throw error;
    }
  }

  /** Every worker of this queue takes no job for `pauseMs`: the platform's window has to pass for all of them. */
  private async pauseQueue(job: Job, error: UpstreamRateLimitedError): Promise<void> {
    await this.options.queue.rateLimit(error.pauseMs);
    this.metrics.queuePaused(this.options.queueName);
    this.logger.warn({
      msg: 'rate limited upstream: queue paused',
      jobId: job.id,
      pauseMs: error.pauseMs,
      reason: error.message,
    });
  }

  /** Puts the job off for `delayMs`, attempts untouched. */
  private async defer(
    job: Job,
    token: string | undefined,
    error: JobDeferredError,
  ): Promise<never> {
    if (error.resumeCursor !== undefined) {
      await job.updateData({ ...(job.data as object), resumeCursor: error.resumeCursor });
    }
    await job.moveToDelayed(Date.now() + error.delayMs, token);
    this.logger.log({
      msg: 'job put off',
      jobId: job.id,
      delayMs: error.delayMs,
      reason: error.message,
    });
    throw new DelayedError();
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
  if (error instanceof JobDeferredError) return 'deferred';
  if (error instanceof WaitingError) return 'requeued';
  if (error instanceof UnrecoverableError || isLastAttempt(attemptOf(job))) return 'failed';
  return 'retrying';
}
