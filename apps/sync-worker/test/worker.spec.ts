import { Queues } from '@tally/contracts';
import { QueueFactory, type QueueHandle } from '@tally/creators-data';
import { waitFor } from '@tally/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import { loadSyncWorkerConfig, SyncWorkerConfig } from '../src/config/sync-worker.config.js';
import { startSyncWorker } from '../src/sync-worker.app.js';

describe('sync-worker process', () => {
  let config: SyncWorkerConfig;
  let app: NestFastifyApplication;
  let handles: QueueHandle[];
  let queue: Queue;
  let revocations: Queue;

  beforeAll(async () => {
    config = loadSyncWorkerConfig({
      ...process.env,
      SYNC_WORKER_HEALTH_PORT: '0',
      SYNC_CONCURRENCY: '2',
    });
    app = await startSyncWorker(config, { installSignalHandlers: false });
    const factory = new QueueFactory({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX });
    handles = [factory.queue(Queues.creatorSync), factory.queue(Queues.creatorRevocations)];
    [queue, revocations] = handles.map((handle) => handle.queue);
  });

  afterAll(async () => {
    for (const handle of handles ?? []) {
      await handle.queue.obliterate({ force: true }).catch(() => undefined);
      await handle.close();
    }
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

  it('consumes the creator-revocations queue too, with its own handlers', async () => {
    const job = await revocations.add('sync-creator', { creatorId: 'x' }, { attempts: 5 });

    const state = await waitFor(
      () => revocations.getJobState(job.id as string),
      (value) => value === 'failed',
      { timeoutMs: 10000 },
    );
    const failed = await revocations.getJob(job.id as string);

    expect(state).toBe('failed');
    expect(failed?.failedReason).toBe(
      'No handler for job "sync-creator" on queue "creator-revocations"',
    );
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
