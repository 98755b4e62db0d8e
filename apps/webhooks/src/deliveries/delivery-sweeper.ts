import { Logger } from '@nestjs/common';
import type { DeliveriesRepository } from './deliveries.repository.js';
import type { DeliveryQueue } from './delivery-queue.js';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export interface DeliverySweeperOptions {
  /** A pending delivery due longer ago than this with no job to run it was lost by Redis. */
  overdueAfterMs?: number;
  /** Deliveries (and the events they leave without one) are kept this long. */
  keepForMs?: number;
  now?: () => Date;
}

export interface SweepReport {
  requeued: number;
  deletedDeliveries: number;
  deletedEvents: number;
}

const BATCH = 1000;

/**
 * Keeps the deliveries table and the queue in step: queues again the pending
 * deliveries whose job Redis lost (they are overdue and nothing will run
 * them), and deletes deliveries after 30 days, with the events no delivery
 * refers to any more. Every webhooks process sweeps; sweeps do not conflict
 * (a delivery queued twice at once gets one job, deleting is idempotent).
 */
export class DeliverySweeper {
  private readonly logger = new Logger(DeliverySweeper.name);
  private readonly overdueAfterMs: number;
  private readonly keepForMs: number;
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = true;

  constructor(
    private readonly deliveries: DeliveriesRepository,
    private readonly queue: DeliveryQueue,
    options: DeliverySweeperOptions = {},
  ) {
    this.overdueAfterMs = options.overdueAfterMs ?? 5 * MINUTE_MS;
    this.keepForMs = options.keepForMs ?? 30 * DAY_MS;
    this.now = options.now ?? (() => new Date());
  }

  /** Sweeps about every `everyMs` (spread by up to a fifth, so that processes do not sweep together). */
  start(everyMs = MINUTE_MS): void {
    this.stopped = false;
    this.sweepLater(everyMs);
  }

  /** Stops sweeping, after the sweep under way if there is one. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  async sweep(): Promise<SweepReport> {
    const now = this.now();
    const requeued = await this.requeueLost(new Date(now.getTime() - this.overdueAfterMs));
    const before = new Date(now.getTime() - this.keepForMs);
    const deletedDeliveries = await this.inBatches((limit) =>
      this.deliveries.deleteDeliveriesBefore(before, limit),
    );
    const deletedEvents = await this.inBatches((limit) =>
      this.deliveries.deleteEventsBefore(before, limit),
    );
    const report = { requeued, deletedDeliveries, deletedEvents };
    if (requeued + deletedDeliveries + deletedEvents > 0) {
      this.logger.log({ msg: 'deliveries swept', ...report });
    }
    return report;
  }

  private async requeueLost(dueBefore: Date): Promise<number> {
    let requeued = 0;
    for (const delivery of await this.deliveries.overdue(dueBefore, BATCH)) {
      if (await this.queue.isQueued(delivery.id)) continue;
      // Named after the missed attempt: processes sweeping together queue one job.
      await this.queue.enqueue([delivery.id], {
        runId: `swept-${delivery.nextAttemptAt.getTime()}`,
      });
      requeued += 1;
    }
    return requeued;
  }

  private sweepLater(everyMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(
      () => {
        this.running = this.sweep()
          .catch((error: unknown) => this.logger.warn({ msg: 'sweep failed', err: error }))
          .finally(() => this.sweepLater(everyMs));
      },
      everyMs * (0.8 + Math.random() * 0.4),
    );
    this.timer.unref();
  }

  private async inBatches(deleteBatch: (limit: number) => Promise<number>): Promise<number> {
    let total = 0;
    for (;;) {
      const deleted = await deleteBatch(BATCH);
      total += deleted;
      if (deleted < BATCH) return total;
    }
  }
}
