import { serviceCoreModules } from '@tally/nest-kit';
import { DynamicModule, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { SyncWorkerConfig } from './config/sync-worker.config.js';
import { QueueModule } from './queue/queue.module.js';
import { QueueWorkerService } from './queue/queue-worker.service.js';

@Module({})
export class SyncWorkerModule {
  static register(config: SyncWorkerConfig, dataSource: DataSource): DynamicModule {
    const queues = QueueModule.register(config);
    return {
      module: SyncWorkerModule,
      imports: [
        queues,
        ...serviceCoreModules({
          service: 'sync-worker',
          config,
          dataSource,
          redis: { url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX },
          extraHealthIndicators: [QueueWorkerService],
          healthImports: [queues],
        }),
      ],
    };
  }
}
