import { Queues, queueKeyPrefix } from '@tally/contracts';
import { createRedis } from '@tally/nest-kit';
import { waitFor } from '@tally/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type Job, type JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  loadSyncWorkerConfig,
  type SyncWorkerConfig,
} from '../../src/config/sync-worker.config.js';
import { startSyncWorker } from '../../src/sync-worker.app.js';

/** A sync-worker process in this test, and the queue the creators service would fill. */
export class TestWorker {
  private constructor(
    readonly config: SyncWorkerConfig,
    readonly app: NestFastifyApplication,
    private readonly connection: Redis,
    readonly queue: Queue,
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
    const connection = createRedis({ url: config.REDIS_URL, keyPrefix: '' });
    const queue = new Queue(Queues.creatorSync, {
      connection,
      prefix: queueKeyPrefix(config.REDIS_KEY_PREFIX),
    });
    return new TestWorker(config, app, connection, queue);
  }

  /** Queues a job and waits until it completed or failed for good. */
  async run(name: string, data: object, options: JobsOptions = {}): Promise<Job> {
    const added = await this.queue.add(name, data, options);
    return this.finished(added.id as string);
  }

  /** The job once it completed or failed for good. */
  async finished(id: string, timeoutMs = 20000): Promise<Job> {
    const state = await waitFor(
      () => this.queue.getJobState(id),
      (value) => value === 'completed' || value === 'failed',
      { timeoutMs, intervalMs: 25 },
    );
    const job = await this.queue.getJob(id);
    if (!job) throw new Error(`job ${id} vanished (state ${state})`);
    return job;
  }

  /** What Prometheus would scrape from this worker. */
  async metrics(): Promise<string> {
    const response = await this.app.inject({ method: 'GET', url: '/metrics' });
    return response.body;
  }

  async close(): Promise<void> {
    await this.queue.obliterate({ force: true }).catch(() => undefined);
    await this.queue.close();
    await this.connection.quit();
    await this.app.close();
  }
}
