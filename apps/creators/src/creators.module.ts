import { serviceCoreModules } from '@tally/nest-kit';
import { DynamicModule, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CreatorsConfig } from './config/creators.config.js';
import { PingHandler } from './health/ping.handler.js';

@Module({})
export class CreatorsModule {
  static register(config: CreatorsConfig, dataSource: DataSource): DynamicModule {
    return {
      module: CreatorsModule,
      imports: [...serviceCoreModules({ service: 'creators', config, dataSource })],
      controllers: [PingHandler],
    };
  }
}
