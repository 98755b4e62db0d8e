import { serviceCoreModules } from '@tally/nest-kit';
import { DynamicModule, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { IdentityConfig } from './config/identity.config.js';
import { PingHandler } from './health/ping.handler.js';

@Module({})
export class IdentityModule {
  static register(config: IdentityConfig, dataSource: DataSource): DynamicModule {
    return {
      module: IdentityModule,
      imports: [...serviceCoreModules({ service: 'identity', config, dataSource })],
      controllers: [PingHandler],
    };
  }
}
