import { Queues, queueKeyPrefix } from '@tally/contracts';
import { createRedis } from '@tally/nest-kit';
import { waitFor } from '@tally/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { loadSyncWorkerConfig, SyncWorkerConfig } from '../src/config/sync-worker.config.js';
import { startSyncWorker } from '../src/sync-worker.app.js';

describe('sync-worker process', () => {
  let config: SyncWorkerConfig;
  let app: NestFastifyApplication;
  let queue: Queue;
  let connection: Redis;

  beforeAll(async () => {
    config = loadSyncWorkerConfig({
      ...process.env,
      SYNC_WORKER_HEALTH_PORT: '0',
      SYNC_CONCURRENCY: '2',
    });
    app = await startSyncWorker(config, { installSignalHandlers: false });
    connection = createRedis({ url: config.REDIS_URL, keyPrefix: '' });
    queue = new Queue(Queues.creatorSync, {
      connection,
      prefix: queueKeyPrefix(config.REDIS_KEY_PREFIX),
    });
  });

  afterAll(async () => {
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await connection?.quit();
    await app?.close();
  });

  it('consumes the creator-sync queue and fails a job it has no handler for, without retrying it', async () => {
    const job = await queue.add('no-such-job', { creatorId: 'x' }, { attempts: 5 });

    const state = await waitFor(
      () => queue.getJobState(job.id as string),
      (value) => value === 'failed',
      { timeoutMs: 10000 },
    );
    const failed = await queue.getJob(job.id as string);

    expect(state).toBe('failed');
    expect(failed?.attemptsMade).toBe(1);
    expect(failed?.failedReason).toBe('No handler for job "no-such-job" on queue "creator-sync"');
  });

  it('reports itself ready with Postgres, Redis, NATS and its worker up', async () => {
    const response = await app.inject({ method: 'GET', url: '/health/ready' });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      checks: {
        postgres: { status: 'up' },
        redis: { status: 'up' },
        nats: { status: 'up' },
        worker: { status: 'up' },
      },
    });
  });
});
