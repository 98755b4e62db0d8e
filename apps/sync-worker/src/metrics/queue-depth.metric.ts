import { Queues } from '@tally/contracts';
import { METRICS_REGISTRY } from '@tally/nest-kit';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import type { JobType } from 'bullmq';
import { Gauge, type Registry } from 'prom-client';
import { CreatorSyncQueue } from '../queue/creator-sync-queue.js';
import { registered } from './sync-metrics.js';

const STATES: JobType[] = ['waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed'];

type DepthReader = () => Promise<Record<string, number>>;

// The gauge lives once per registry; the app that started last answers its scrapes.
const readers = new WeakMap<Registry, DepthReader>();

/** `tally_sync_queue_jobs{queue, state}`: read from Redis when Prometheus scrapes, not kept up to date. */
@Injectable()
export class QueueDepthMetric implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueDepthMetric.name);
  private readonly reader: DepthReader = () => this.syncQueue.queue.getJobCounts(...STATES);

  constructor(
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
    private readonly syncQueue: CreatorSyncQueue,
  ) {}

  onApplicationBootstrap(): void {
    const { logger, registry } = this;
    registered(
      registry,
      'tally_sync_queue_jobs',
      (name) =>
        new Gauge({
          name,
          help: 'Jobs in the creator-sync queue by state, read at scrape time',
          labelNames: ['queue', 'state'],
          registers: [registry],
          async collect() {
            const read = readers.get(registry);
            if (!read) return;
            try {
              const counts = await read();
              for (const state of STATES) {
                this.set({ queue: Queues.creatorSync, state }, counts[state] ?? 0);
              }
            } catch (error) {
              // A scrape must not fail because Redis is away: the gauge keeps its last values.
              logger.warn({ msg: 'queue depth not read', err: error });
            }
          },
        }),
    );
    readers.set(this.registry, this.reader);
  }

  onApplicationShutdown(): void {
    if (readers.get(this.registry) === this.reader) readers.delete(this.registry);
  }
}
