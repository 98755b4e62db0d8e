import type { QueueName } from '@tally/contracts';
import { RevocationQueue } from '@tally/creators-data';
import { METRICS_REGISTRY } from '@tally/nest-kit';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import type { JobType, Queue } from 'bullmq';
import { Gauge, type Registry } from 'prom-client';
import { CreatorSyncQueue } from '../queue/creator-sync-queue.js';
import { registered } from './sync-metrics.js';

const STATES: JobType[] = ['waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed'];

/** Each queue's jobs per state. */
type DepthReader = () => Promise<Map<QueueName, Record<string, number>>>;

// The gauge lives once per registry; the app that started last answers its scrapes.
const readers = new WeakMap<Registry, DepthReader>();

/** `tally_sync_queue_jobs{queue, state}`: read from Redis when Prometheus scrapes, not kept up to date. */
@Injectable()
export class QueueDepthMetric implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueDepthMetric.name);
  private readonly queues: Queue[];
  private readonly reader: DepthReader = async () =>
    new Map(
      await Promise.all(
        this.queues.map(
          async (queue) => [queue.name as QueueName, await queue.getJobCounts(...STATES)] as const,
        ),
      ),
    );

  constructor(
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
    syncQueue: CreatorSyncQueue,
    revocationQueue: RevocationQueue,
  ) {
    this.queues = [syncQueue.queue, revocationQueue.queue];
  }

  onApplicationBootstrap(): void {
    const { logger, registry } = this;
    registered(
      registry,
      'tally_sync_queue_jobs',
      (name) =>
        new Gauge({
          name,
          help: 'Jobs in the creator-sync and creator-revocations queues by state, read at scrape time',
          labelNames: ['queue', 'state'],
          registers: [registry],
          async collect() {
            const read = readers.get(registry);
            if (!read) return;
            try {
              for (const [queue, counts] of await read()) {
                for (const state of STATES) this.set({ queue, state }, counts[state] ?? 0);
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
