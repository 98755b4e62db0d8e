import { DynamicModule, Module } from '@nestjs/common';
import { SyncWorkerConfig } from '../config/sync-worker.config.js';
import { SYNC_WORKER_CONFIG } from '../config/sync-worker.tokens.js';
import { JOB_HANDLERS } from './job-handler.js';
import { JobRouter } from './job-router.js';
import { QueueWorkerService } from './queue-worker.service.js';

/** The BullMQ consumer of this process and the handlers its jobs go to. */
@Module({})
export class QueueModule {
  static register(config: SyncWorkerConfig): DynamicModule {
    return {
      module: QueueModule,
      providers: [
        { provide: SYNC_WORKER_CONFIG, useValue: config },
        { provide: JOB_HANDLERS, useValue: [] },
        JobRouter,
        QueueWorkerService,
      ],
      exports: [QueueWorkerService],
    };
  }
}
