import { Logger } from '@nestjs/common';
import type { JobType, Queue } from 'bullmq';
import { Gauge, type Registry } from 'prom-client';
import { withDeadline } from '../async/with-deadline.js';
import { longestWaitingSince } from './longest-waiting.js';
import { registeredMetric } from './registered-metric.js';

export const QUEUE_STATES = [
  'waiting',
  'prioritized',
  'active',
  'delayed',
  'failed',
  'completed',
] as const satisfies readonly JobType[];

export interface QueueReading {
  readonly queue: string;
  /** Jobs per state of QUEUE_STATES. */
  readonly counts: Readonly<Record<string, number>>;
  /** Since when the job that has waited longest to run has waited (epoch ms); undefined when none waits. */
  readonly waitingSince: number | undefined;
}

/** Scrapes closer together than this (several Prometheus, a person with curl) share one read. */
const DEFAULT_CACHE_MS = 5000;
/** Well within Prometheus' scrape timeout (10 s by default): a scrape answers while Redis is away. */
const READ_DEADLINE_MS = 3000;

const logger = new Logger('QueueMetrics');
const watchersOf = new WeakMap<Registry, Set<QueueMetrics>>();

/**
 * `tally_queue_jobs{queue,state}` and `tally_queue_oldest_waiting_seconds{queue}`
 * for the BullMQ queues an app works with: read from Redis when Prometheus
 * scrapes, at most once per `cacheMs`, never kept up to date in between.
 */
export class QueueMetrics {
  private cached: { at: number; reading: Promise<QueueReading[]> } | undefined;

  constructor(
    private readonly registry: Registry,
    private readonly queues: readonly Queue[],
    private readonly options: { cacheMs?: number } = {},
  ) {}

  /** Answers the registry's scrapes from now on. */
  start(): void {
    let watchers = watchersOf.get(this.registry);
    if (!watchers) {
      watchers = new Set();
      watchersOf.set(this.registry, watchers);
      registerGauges(this.registry, watchers);
    }
    watchers.add(this);
  }

  stop(): void {
    watchersOf.get(this.registry)?.delete(this);
  }

  /** Each queue's counts and oldest waiting job; the last reading while it is fresh. */
  read(): Promise<QueueReading[]> {
    const now = Date.now();
    if (!this.cached || now - this.cached.at >= (this.options.cacheMs ?? DEFAULT_CACHE_MS)) {
      const reading = withDeadline(
        Promise.all(this.queues.map(readQueue)),
        READ_DEADLINE_MS,
        () => new Error(`queues not read within ${READ_DEADLINE_MS} ms`),
      );
      this.cached = { at: now, reading };
      // A failed read is logged once and not kept: the next scrape tries again.
      reading.catch((error: unknown) => {
        logger.warn({ msg: 'queue metrics not read', err: error });
        if (this.cached?.reading === reading) this.cached = undefined;
      });
    }
    return this.cached.reading;
  }
}

async function readQueue(queue: Queue): Promise<QueueReading> {
  const [counts, waitingSince] = await Promise.all([
    queue.getJobCounts(...QUEUE_STATES),
    longestWaitingSince(queue),
  ]);
  return { queue: queue.name, counts, waitingSince };
}

/**
 * Every watcher's readings. One that fails is skipped, its gauges keeping
 * their last values: a scrape must not fail because Redis is away.
 */
async function readAll(watchers: ReadonlySet<QueueMetrics>): Promise<QueueReading[]> {
  const readings = await Promise.all(
    [...watchers].map((watcher) => watcher.read().catch((): QueueReading[] => [])),
  );
  return readings.flat();
}

function registerGauges(registry: Registry, watchers: ReadonlySet<QueueMetrics>): void {
  registeredMetric(
    registry,
    'tally_queue_jobs',
    (name) =>
      new Gauge({
        name,
        help: "Jobs in each of the app's BullMQ queues by state, read at scrape time",
        labelNames: ['queue', 'state'],
        registers: [registry],
        async collect() {
          for (const { queue, counts } of await readAll(watchers)) {
            for (const state of QUEUE_STATES) this.set({ queue, state }, counts[state] ?? 0);
          }
        },
      }),
  );
  registeredMetric(
    registry,
    'tally_queue_oldest_waiting_seconds',
    (name) =>
      new Gauge({
        name,
        help: 'How long the job that has waited longest to run (waiting or prioritized, not delayed) has waited since it was queued or last tried, in seconds; 0 when none waits',
        labelNames: ['queue'],
        registers: [registry],
        async collect() {
          const now = Date.now();
          for (const { queue, waitingSince } of await readAll(watchers)) {
            this.set(
              { queue },
              waitingSince === undefined ? 0 : Math.max(0, now - waitingSince) / 1000,
            );
          }
        },
      }),
  );
}
