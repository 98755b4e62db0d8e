import { Queues } from '@tally/contracts';
import { QueueFactory, type QueueHandle } from '@tally/creators-data';
import { waitFor } from '@tally/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Job, JobsOptions, Queue } from 'bullmq';
import {
  loadSyncWorkerConfig,
  type SyncWorkerConfig,
} from '../../src/config/sync-worker.config.js';
import { startSyncWorker } from '../../src/sync-worker.app.js';

/** The queues a sync worker consumes. */
type SyncWorkerQueue = typeof Queues.creatorSync | typeof Queues.creatorRevocations;

/** A sync-worker process in this test, and the queues the creators service would fill. */
export class TestWorker {
  private constructor(
    readonly config: SyncWorkerConfig,
    readonly app: NestFastifyApplication,
    private readonly queues: Record<SyncWorkerQueue, QueueHandle>,
  ) {}

  static async start(env: Record<string, string>): Promise<TestWorker> {
    const config = loadSyncWorkerConfig({
      ...process.env,
      SYNC_WORKER_HEALTH_PORT: '0',
      SYNC_CONCURRENCY: '4',
      // Test files share one database: a scheduler would sync every other file's creators.
      SYNC_SCHEDULER_ENABLED: 'false',
      ...env,
    });
    const app = await startSyncWorker(config, { installSignalHandlers: false });
    const factory = new QueueFactory({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX });
    return new TestWorker(config, app, {
      [Queues.creatorSync]: factory.queue(Queues.creatorSync),
      [Queues.creatorRevocations]: factory.queue(Queues.creatorRevocations),
    });
  }

  /** The creator-sync queue. */
  get queue(): Queue {
    return this.queues[Queues.creatorSync].queue;
  }

  /** The creator-revocations queue. */
  get revocations(): Queue {
    return this.queues[Queues.creatorRevocations].queue;
  }

  /** Queues a job (on creator-sync unless told) and waits until it completed or failed for good. */
  async run(
    name: string,
    data: object,
    options: JobsOptions = {},
    queue: Queue = this.queue,
  ): Promise<Job> {
    const added = await queue.add(name, data, options);
    return this.finished(added.id as string, 20000, queue);
  }

  /** The job once it completed or failed for good. */
  async finished(id: string, timeoutMs = 20000, queue: Queue = this.queue): Promise<Job> {
    const state = await waitFor(
      () => queue.getJobState(id),
      (value) => value === 'completed' || value === 'failed',
      { timeoutMs, intervalMs: 25 },
    );
    const job = await queue.getJob(id);
    if (!job) throw new Error(`job ${id} vanished (state ${state})`);
    return job;
  }

  /** What Prometheus would scrape from this worker. */
  async metrics(): Promise<string> {
    const response = await this.app.inject({ method: 'GET', url: '/metrics' });
    return response.body;
  }

  async close(): Promise<void> {
    for (const { queue, close } of Object.values(this.queues)) {
      await queue.obliterate({ force: true }).catch(() => undefined);
      await close();
    }
    await this.app.close();
  }
}
