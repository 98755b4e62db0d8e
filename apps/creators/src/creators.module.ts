import {
  DatabaseModule,
  HealthModule,
  MetricsModule,
  NatsClientModule,
  NatsHealthIndicator,
  PostgresHealthIndicator,
} from '@tally/nest-kit';
import { DynamicModule, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CreatorsConfig } from './config/creators.config.js';
import { PingHandler } from './health/ping.handler.js';

@Module({})
export class CreatorsModule {
  static register(config: CreatorsConfig, dataSource: DataSource): DynamicModule {
    return {
      module: CreatorsModule,
      imports: [
        DatabaseModule.forRoot(dataSource),
        NatsClientModule.forRoot({
          servers: config.NATS_URL,
          name: 'creators-client',
          subjectPrefix: config.NATS_SUBJECT_PREFIX,
          requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS,
        }),
        MetricsModule.forRoot('creators'),
        HealthModule.forRoot([PostgresHealthIndicator, NatsHealthIndicator]),
      ],
      controllers: [PingHandler],
    };
  }
}
