import { Module } from '@nestjs/common';
import { QueueDepthMetric } from '../metrics/queue-depth.metric.js';
import { SyncMetricsModule } from '../metrics/sync-metrics.module.js';
import { RevocationsModule } from '../revocations/revocations.module.js';
import { RevokeAuthorizationHandler } from '../revocations/revoke-authorization.handler.js';
import { ScheduleModule } from '../schedule/schedule.module.js';
import { ScheduleSyncsHandler } from '../schedule/schedule-syncs.handler.js';
import { CreatorSyncHandler } from '../sync/creator-sync.handler.js';
import { SyncModule } from '../sync/sync.module.js';
import { CreatorSyncQueueModule } from './creator-sync-queue.module.js';
import { JOB_HANDLERS, JobHandler } from './job-handler.js';
import { JobRouter } from './job-router.js';
import { QueueWorkerService } from './queue-worker.service.js';

/** The BullMQ consumer of this process and the handlers its jobs go to. */
@Module({
  imports: [
    SyncModule,
    RevocationsModule,
    ScheduleModule,
    CreatorSyncQueueModule,
    SyncMetricsModule,
  ],
  providers: [
    {
      provide: JOB_HANDLERS,
      useFactory: (...handlers: JobHandler[]) => handlers,
      inject: [CreatorSyncHandler, RevokeAuthorizationHandler, ScheduleSyncsHandler],
    },
    JobRouter,
    QueueWorkerService,
    QueueDepthMetric,
  ],
  exports: [QueueWorkerService],
})
export class QueueModule {}
