import { type Platform, type QueueName, Queues } from '@tally/contracts';
import { METRICS_REGISTRY, registeredMetric } from '@tally/nest-kit';
import { Inject, Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** How a job's run ended, for the duration histogram. */
export type JobOutcome =
  | 'completed'
  /** Failed for good: BullMQ will not run it again. */
  | 'failed'
  /** Failed; BullMQ runs it again after a backoff. */
  | 'retrying'
  /** TikTok's rate limit: back in the queue, no attempt spent, the queue paused. */
  | 'rate_limited'
  /** Put off until the platform's limit or quota has room for it: delayed, no attempt spent. */
  | 'deferred'
  /** Still running when shutdown's time was up: back in the queue for another worker. */
  | 'requeued';

/**
 * The worker's own metrics, in the app's registry (served at /metrics). One
 * registry per process: a second app in the same process (tests) reuses them.
 */
@Injectable()
export class SyncMetrics {
  private readonly jobDuration: Histogram<'job' | 'outcome'>;
  private readonly platformRequests: Counter<'platform' | 'endpoint' | 'status'>;
  private readonly limiterWait: Histogram<'platform' | 'limit'>;
  private readonly limiterWaiting: Gauge<'platform' | 'limit'>;
  private readonly quotaUnits: Counter<'platform' | 'priority'>;
  private readonly quotaRefusals: Counter<'platform' | 'priority'>;
  private readonly queuePauses: Counter<'queue'>;
  private readonly stalledJobs: Counter;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    this.jobDuration = registered(
      registry,
      'tally_sync_job_duration_seconds',
      (name) =>
        new Histogram({
          name,
          help: "How long a job of the worker's queues (creator-sync, creator-revocations) ran, by job name and outcome",
          labelNames: ['job', 'outcome'],
          buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600],
          registers: [registry],
        }),
    );
    this.platformRequests = registered(
      registry,
      'tally_platform_requests_total',
      (name) =>
        new Counter({
          name,
          help: 'Calls to a platform by platform, endpoint and HTTP status (or timeout, network_error)',
          labelNames: ['platform', 'endpoint', 'status'],
          registers: [registry],
        }),
    );
    this.limiterWait = registered(
      registry,
      'tally_platform_limiter_wait_seconds',
      (name) =>
        new Histogram({
          name,
          help: "How long a platform call waited for a slot of the platform's shared limit (per endpoint for TikTok, per creator for Instagram; calls that waited, once done)",
          labelNames: ['platform', 'limit'],
          buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
          registers: [registry],
        }),
    );
    this.limiterWaiting = registered(
      registry,
      'tally_platform_limiter_waiting',
      (name) =>
        new Gauge({
          name,
          help: "Platform calls waiting for a slot of the platform's shared limit right now",
          labelNames: ['platform', 'limit'],
          registers: [registry],
        }),
    );
    this.quotaUnits = registered(
      registry,
      'tally_platform_quota_units_spent_total',
      (name) =>
        new Counter({
          name,
          help: "Units of a platform's daily quota (YouTube's) this process spent, by priority (scheduled, requested)",
          labelNames: ['platform', 'priority'],
          registers: [registry],
        }),
    );
    this.quotaRefusals = registered(
      registry,
      'tally_platform_quota_refusals_total',
      (name) =>
        new Counter({
          name,
          help: "Calls not sent because the platform's daily quota had no units for their priority (scheduled work ahead of its pace, or the day spent)",
          labelNames: ['platform', 'priority'],
          registers: [registry],
        }),
    );
    this.queuePauses = registered(
      registry,
      'tally_sync_queue_rate_limit_pauses_total',
      (name) =>
        new Counter({
          name,
          help: 'Times a 429 from TikTok paused a queue for every worker of it, by queue',
          labelNames: ['queue'],
          registers: [registry],
        }),
    );
    // Each queue's count shows from the start, at 0 until its first pause.
    for (const queue of Object.values(Queues)) this.queuePauses.inc({ queue }, 0);
    this.stalledJobs = registered(
      registry,
      'tally_sync_jobs_stalled_total',
      (name) =>
        new Counter({
          name,
          help: 'Jobs whose worker stopped renewing their lock (killed, hung), put back in the queue by this worker',
          registers: [registry],
        }),
    );
  }

  /** Starts timing a job; call the answer with how it ended. */
  jobStarted(job: string): (outcome: JobOutcome) => void {
    const end = this.jobDuration.startTimer({ job });
    return (outcome) => end({ outcome });
  }

  platformCall(platform: Platform, endpoint: string, status: string): void {
    this.platformRequests.inc({ platform, endpoint, status });
  }

  limiterWaitStarted(platform: Platform, limit: string): void {
    this.limiterWaiting.inc({ platform, limit });
  }

  limiterWaited(platform: Platform, limit: string, waitedMs: number): void {
    this.limiterWaiting.dec({ platform, limit });
    this.limiterWait.observe({ platform, limit }, waitedMs / 1000);
  }

  quotaSpent(platform: Platform, units: number, priority: string): void {
    this.quotaUnits.inc({ platform, priority }, units);
  }

  quotaRefused(platform: Platform, priority: string): void {
    this.quotaRefusals.inc({ platform, priority });
  }

  queuePaused(queue: QueueName): void {
    this.queuePauses.inc({ queue });
  }

  jobStalled(): void {
    this.stalledJobs.inc();
  }
}

/** The metric already in the registry under `name`, or a new one. */
export const registered = registeredMetric;
