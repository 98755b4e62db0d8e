import { QueueFactory, queueProviders, RevocationQueue } from '@tally/creators-data';
import { DynamicModule, Module } from '@nestjs/common';
import type { SyncWorkerConfig } from '../config/sync-worker.config.js';
import { CreatorSyncQueue } from './creator-sync-queue.js';

/** This process's handles on the sync and revocation queues, for every module. */
@Module({})
export class WorkerQueuesModule {
  static register(config: SyncWorkerConfig): DynamicModule {
    return {
      module: WorkerQueuesModule,
      global: true,
      providers: [
        ...queueProviders(
          { url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX },
          'commands',
        ),
        CreatorSyncQueue,
      ],
      exports: [QueueFactory, RevocationQueue, CreatorSyncQueue],
    };
  }
}
