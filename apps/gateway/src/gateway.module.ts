import { serviceCoreModules } from '@tally/nest-kit';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GatewayConfig } from './config/gateway.config.js';
import { ErrorEnvelopeFilter } from './http/error-envelope.filter.js';
import { PingController } from './ping/ping.controller.js';
import { PingService } from './ping/ping.service.js';

@Module({})
export class GatewayModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [...serviceCoreModules({ service: 'gateway', config })],
      controllers: [PingController],
      providers: [PingService, { provide: APP_FILTER, useClass: ErrorEnvelopeFilter }],
    };
  }
}
