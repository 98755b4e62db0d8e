import { serviceCoreModules } from '@tally/nest-kit';
import { DynamicModule, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { SyncWorkerConfigModule } from './config/sync-worker-config.module.js';
import { SyncWorkerConfig } from './config/sync-worker.config.js';
import { CreatorsDataModule } from './data/creators-data.module.js';
import { QueueModule } from './queue/queue.module.js';
import { WorkerQueuesModule } from './queue/worker-queues.module.js';
import { QueueWorkerService } from './queue/queue-worker.service.js';

@Module({})
export class SyncWorkerModule {
  static register(config: SyncWorkerConfig, dataSource: DataSource): DynamicModule {
    return {
      module: SyncWorkerModule,
      imports: [
        SyncWorkerConfigModule.register(config),
        CreatorsDataModule.register(config.tokenKeyring),
        WorkerQueuesModule.register(config),
        QueueModule,
        ...serviceCoreModules({
          service: 'sync-worker',
          config,
          dataSource,
          redis: { url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX },
          extraHealthIndicators: [QueueWorkerService],
          healthImports: [QueueModule],
        }),
      ],
    };
  }
}
