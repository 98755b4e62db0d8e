import {
  DatabaseModule,
  HealthModule,
  MetricsModule,
  NatsClientModule,
  NatsHealthIndicator,
  PostgresHealthIndicator,
  RedisHealthIndicator,
  RedisModule,
} from '@tally/nest-kit';
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
        DatabaseModule.forRoot(dataSource),
        RedisModule.forRoot({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX }),
        NatsClientModule.forRoot({
          servers: config.NATS_URL,
          name: 'sync-worker',
          subjectPrefix: config.NATS_SUBJECT_PREFIX,
          requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS,
        }),
        MetricsModule.forRoot('sync-worker'),
        queues,
        HealthModule.forRoot(
          [PostgresHealthIndicator, RedisHealthIndicator, NatsHealthIndicator, QueueWorkerService],
          [queues],
        ),
      ],
    };
  }
}
