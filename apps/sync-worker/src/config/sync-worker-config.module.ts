import { DynamicModule, Module } from '@nestjs/common';
import { SyncWorkerConfig } from './sync-worker.config.js';
import { SYNC_WORKER_CONFIG } from './sync-worker.tokens.js';

/** The validated configuration, for every module of the process. */
@Module({})
export class SyncWorkerConfigModule {
  static register(config: SyncWorkerConfig): DynamicModule {
    return {
      module: SyncWorkerConfigModule,
      global: true,
      providers: [{ provide: SYNC_WORKER_CONFIG, useValue: config }],
      exports: [SYNC_WORKER_CONFIG],
    };
  }
}
