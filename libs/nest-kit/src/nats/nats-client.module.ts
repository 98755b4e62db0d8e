import { DynamicModule, Module } from '@nestjs/common';
import { NATS_CLIENT, NATS_CLIENT_OPTIONS } from './nats-tokens.js';
import { NatsHealthIndicator } from './nats.health.js';
import { ServiceClient } from './service-client.js';
import { TallyClientNats, TallyClientNatsOptions } from './tally-client-nats.js';

export interface NatsClientModuleOptions extends TallyClientNatsOptions {
  requestTimeoutMs: number;
}

/** Provides the app's ServiceClient (one NATS connection) to every module. */
@Module({})
export class NatsClientModule {
  static forRoot(options: NatsClientModuleOptions): DynamicModule {
    return {
      module: NatsClientModule,
      global: true,
      providers: [
        { provide: NATS_CLIENT, useFactory: () => new TallyClientNats(options) },
        { provide: NATS_CLIENT_OPTIONS, useValue: { requestTimeoutMs: options.requestTimeoutMs } },
        ServiceClient,
        NatsHealthIndicator,
      ],
      exports: [ServiceClient, NatsHealthIndicator],
    };
  }
}
