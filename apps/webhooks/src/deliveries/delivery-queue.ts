import { Queues, WebhookDeliveryJob } from '@tally/contracts';
import { QueueFactory, type QueueHandle } from '@tally/nest-kit';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { JobState, Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';

/** States of a job that BullMQ will still run. */
const LIVE_STATES: readonly (JobState | 'unknown')[] = [
  'waiting',
  'delayed',
  'active',
  'prioritized',
  'waiting-children',
];

/** The producer side of the `webhook-deliveries` queue: one job per delivery and attempt run. */
@Injectable()
export class DeliveryQueue implements OnApplicationShutdown {
  private readonly handle: QueueHandle;

  constructor(queues: QueueFactory) {
    this.handle = queues.queue(Queues.webhookDeliveries);
  }

  /** For its depth in /metrics. */
  get queue(): Queue {
    return this.handle.queue;
  }

  /**
   * Queues the deliveries; a delivery already queued keeps its job (the job id
   * is the delivery's), so queueing one twice sends it once.
   */
  async enqueue(deliveryIds: readonly string[], options: { runId?: string } = {}): Promise<void> {
    if (deliveryIds.length === 0) return;
    await this.handle.queue.addBulk(
      deliveryIds.map((deliveryId) => ({
        name: WebhookDeliveryJob.name,
        data: { deliveryId },
        opts: { jobId: options.runId ? `${deliveryId}-${options.runId}` : deliveryId },
      })),
    );
  }

  /** Whether the delivery's first job is still to run (waiting, delayed or running). */
  async isQueued(deliveryId: string): Promise<boolean> {
    return LIVE_STATES.includes(await this.handle.queue.getJobState(deliveryId));
  }

  /**
   * Sends a delivery now: its job waiting for its next attempt runs at once,
   * attempts counted as before; a job already done (delivered, failed, lost)
   * makes way for a new run, with a new job id so that BullMQ takes it.
   */
  async sendAgain(deliveryId: string): Promise<void> {
    const job = await this.handle.queue.getJob(deliveryId);
    const state = job ? await job.getState() : 'unknown';
    if (job && state === 'delayed') {
      const promoted = await job.promote().then(
        () => true,
        // It moved on meanwhile (to running, say): a run of its own is sure to be taken.
        () => false,
      );
      if (promoted) return;
    } else if (state === 'waiting' || state === 'prioritized' || state === 'active') {
      // About to be sent, or being sent: that is the attempt the caller asked for.
      return;
    }
    await this.enqueue([deliveryId], { runId: randomUUID() });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.handle.close();
  }
}
