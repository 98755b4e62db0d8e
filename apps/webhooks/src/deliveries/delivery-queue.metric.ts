import { METRICS_REGISTRY, QueueMetrics } from '@tally/nest-kit';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Registry } from 'prom-client';
import { DeliveryQueue } from './delivery-queue.js';

/**
 * The `webhook-deliveries` queue in /metrics, read from Redis when Prometheus
 * scrapes: `tally_queue_jobs{queue,state}` and
 * `tally_queue_oldest_waiting_seconds{queue}`. Deliveries waiting for their
 * next attempt are delayed, not waiting: they do not age the queue.
 */
@Injectable()
export class DeliveryQueueMetric implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly metrics: QueueMetrics;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry, deliveries: DeliveryQueue) {
    this.metrics = new QueueMetrics(registry, [deliveries.queue]);
  }

  onApplicationBootstrap(): void {
    this.metrics.start();
  }

  onApplicationShutdown(): void {
    this.metrics.stop();
  }
}
