import { RevocationQueue } from '@tally/creators-data';
import { METRICS_REGISTRY, QUEUE_STATES, QueueMetrics } from '@tally/nest-kit';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Gauge, type Registry } from 'prom-client';
import { CreatorSyncQueue } from '../queue/creator-sync-queue.js';
import { registered } from './sync-metrics.js';

// The legacy gauge lives once per registry; the app that started last answers its scrapes.
const readers = new WeakMap<Registry, QueueMetrics>();

/**
 * The worker's queues (creator-sync, creator-revocations) in /metrics, read
 * from Redis when Prometheus scrapes: `tally_queue_jobs{queue,state}` and
 * `tally_queue_oldest_waiting_seconds{queue}` as every app exports its
 * queues, and `tally_sync_queue_jobs{queue,state}`, the same counts under the
 * name the worker first gave them, for the dashboards and scalers built on it.
 */
@Injectable()
export class QueueDepthMetric implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly queues: QueueMetrics;

  constructor(
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
    syncQueue: CreatorSyncQueue,
    revocationQueue: RevocationQueue,
  ) {
    this.queues = new QueueMetrics(registry, [syncQueue.queue, revocationQueue.queue]);
  }

  onApplicationBootstrap(): void {
    const { registry } = this;
    this.queues.start();
    registered(
      registry,
      'tally_sync_queue_jobs',
      (name) =>
        new Gauge({
          name,
          help: 'Jobs in the creator-sync and creator-revocations queues by state, read at scrape time (the same as tally_queue_jobs)',
          labelNames: ['queue', 'state'],
          registers: [registry],
          async collect() {
            const queues = readers.get(registry);
            // QueueMetrics logs a failed read; the gauge keeps its last values.
            const readings = (await queues?.read().catch(() => undefined)) ?? [];
            for (const { queue, counts } of readings) {
              for (const state of QUEUE_STATES) this.set({ queue, state }, counts[state] ?? 0);
            }
          },
        }),
    );
    readers.set(registry, this.queues);
  }

  onApplicationShutdown(): void {
    this.queues.stop();
    if (readers.get(this.registry) === this.queues) readers.delete(this.registry);
  }
}
