import { Module } from '@nestjs/common';
import { RevocationsModule } from '../revocations/revocations.module.js';
import { RevokeAuthorizationHandler } from '../revocations/revoke-authorization.handler.js';
import { CreatorSyncHandler } from '../sync/creator-sync.handler.js';
import { SyncModule } from '../sync/sync.module.js';
import { JOB_HANDLERS, JobHandler } from './job-handler.js';
import { JobRouter } from './job-router.js';
import { QueueWorkerService } from './queue-worker.service.js';

/** The BullMQ consumer of this process and the handlers its jobs go to. */
@Module({
  imports: [SyncModule, RevocationsModule],
  providers: [
    {
      provide: JOB_HANDLERS,
      useFactory: (...handlers: JobHandler[]) => handlers,
      inject: [CreatorSyncHandler, RevokeAuthorizationHandler],
    },
    JobRouter,
    QueueWorkerService,
  ],
  exports: [QueueWorkerService],
})
export class QueueModule {}
