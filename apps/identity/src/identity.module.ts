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
import { IdentityConfig } from './config/identity.config.js';
import { PingHandler } from './health/ping.handler.js';

@Module({})
export class IdentityModule {
  static register(config: IdentityConfig, dataSource: DataSource): DynamicModule {
    return {
      module: IdentityModule,
      imports: [
        DatabaseModule.forRoot(dataSource),
        NatsClientModule.forRoot({
          servers: config.NATS_URL,
          name: 'identity-client',
          subjectPrefix: config.NATS_SUBJECT_PREFIX,
          requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS,
        }),
        MetricsModule.forRoot('identity'),
        HealthModule.forRoot([PostgresHealthIndicator, NatsHealthIndicator]),
      ],
      controllers: [PingHandler],
    };
  }
}
