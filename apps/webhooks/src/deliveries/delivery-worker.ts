import { Queues, WebhookDeliveryJob } from '@tally/contracts';
import { QueueFactory, TokenCipher, type WorkerHandle } from '@tally/nest-kit';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Job } from 'bullmq';
import { WebhooksConfig } from '../config/webhooks.config.js';
import { WEBHOOKS_CONFIG } from '../config/webhooks.tokens.js';
import { DeliveriesRepository } from './deliveries.repository.js';
import { DeliveryRetryError } from './delivery-errors.js';
import { DeliveryQueue } from './delivery-queue.js';
import { DeliverySender, type SendResult } from './delivery-sender.js';
import { DeliverySweeper } from './delivery-sweeper.js';
import { RetrySchedule } from './retry-schedule.js';

/** The backoff type of the `webhook-deliveries` queue's jobs (see DEFAULT_JOB_OPTIONS). */
export const WEBHOOK_BACKOFF = 'webhook-schedule';

/**
 * The BullMQ worker of `webhook-deliveries`: each job is one attempt of one
 * delivery (see DeliverySender), retried on the webhook schedule, and the
 * sweeper that keeps the table and the queue in step. A process stopped
 * while sending ends its attempts (see beforeApplicationShutdown); a process
 * killed leaves its jobs to BullMQ's stalled-job check, which gives them to
 * another process: the event keeps its `webhook-id` either way.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly sender: DeliverySender;
  /** Exposed for tests, which sweep when they choose. */
  readonly sweeper: DeliverySweeper;
  private schedule = new RetrySchedule();
  private readonly stopping = new AbortController();
  private handle: WorkerHandle | undefined;

  constructor(
    @Inject(WEBHOOKS_CONFIG) private readonly config: WebhooksConfig,
    private readonly queues: QueueFactory,
    deliveries: DeliveriesRepository,
    queue: DeliveryQueue,
    cipher: TokenCipher,
  ) {
    this.sender = new DeliverySender(deliveries, cipher, {
      allowPrivate: config.WEBHOOK_ALLOW_PRIVATE_URLS,
      timeoutMs: config.WEBHOOK_TIMEOUT_MS,
      schedule: () => this.schedule,
      stopping: this.stopping.signal,
    });
    this.sweeper = new DeliverySweeper(deliveries, queue);
  }

  /** Replaces the retry schedule (tests shorten it rather than wait hours). */
  useRetrySchedule(schedule: RetrySchedule): void {
    this.schedule = schedule;
  }

  onApplicationBootstrap(): void {
    // Nest calls this hook twice in a hybrid app (HTTP health and NATS): one worker is enough.
    if (this.handle) return;
    this.handle = this.queues.worker(Queues.webhookDeliveries, (job: Job) => this.process(job), {
      concurrency: this.config.WEBHOOK_DELIVERY_CONCURRENCY,
      settings: {
        backoffStrategy: (attemptsMade, type, error) => {
          if (error instanceof DeliveryRetryError) return error.retryInMs;
          // Not an endpoint's failure (the database was away...): the schedule all the same.
          return type === WEBHOOK_BACKOFF ? this.schedule.delayAfter(attemptsMade) : 0;
        },
      },
    });
    const { worker } = this.handle;
    worker.on('error', (error) => this.logger.error({ msg: 'delivery worker error', err: error }));
    worker.on('stalled', (jobId) =>
      this.logger.warn({ msg: 'delivery stalled: its process stopped; sending again', jobId }),
    );
    this.sweeper.start();
  }

  /**
   * Takes no new job and gives the attempts under way half the shutdown time
   * (at most WEBHOOK_TIMEOUT_MS) to end; those still waiting for an answer
   * then end as failed attempts, tried again by the next process.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const drainMs = Math.min(this.config.WEBHOOK_TIMEOUT_MS, this.config.SHUTDOWN_TIMEOUT_MS / 2);
    const deadline = setTimeout(() => this.stopping.abort(), drainMs);
    try {
      await Promise.all([this.sweeper.stop(), this.handle?.close()]);
    } finally {
      clearTimeout(deadline);
    }
  }

  private async process(job: Job): Promise<SendResult> {
    const { deliveryId } = WebhookDeliveryJob.data.parse(job.data);
    return this.sender.send(deliveryId, {
      attemptsMade: job.attemptsMade,
      attempts: job.opts.attempts ?? 1,
    });
  }
}
