import { Queues, queueKeyPrefix } from '@tally/contracts';
import { createRedis } from '@tally/nest-kit';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { SyncWorkerConfig } from '../config/sync-worker.config.js';
import { SYNC_WORKER_CONFIG } from '../config/sync-worker.tokens.js';

/**
 * This process's handle on the creator-sync queue for everything but taking
 * jobs: pausing it after a 429, the job scheduler, the jobs the scheduler
 * queues, and its depth for /metrics.
 */
@Injectable()
export class CreatorSyncQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(CreatorSyncQueue.name);
  readonly queue: Queue;
  private readonly connection: Redis;

  constructor(@Inject(SYNC_WORKER_CONFIG) config: SyncWorkerConfig) {
    // BullMQ refuses ioredis' keyPrefix: it namespaces keys itself. Commands fail fast while Redis is away.
    this.connection = createRedis({ url: config.REDIS_URL, keyPrefix: '' });
    this.queue = new Queue(Queues.creatorSync, {
      connection: this.connection,
      prefix: queueKeyPrefix(config.REDIS_KEY_PREFIX),
    });
    this.queue.on('error', (error) => this.logger.warn({ msg: 'queue error', err: error }));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
    // A connection handed to BullMQ stays open when the queue closes.
    await this.connection.quit().catch(() => this.connection.disconnect());
  }
}
