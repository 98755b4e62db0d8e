import { Module } from '@nestjs/common';
import { QueueDepthMetric } from '../metrics/queue-depth.metric.js';
import { SyncMetricsModule } from '../metrics/sync-metrics.module.js';
import { LegacyRevocationForwarder } from '../revocations/legacy-revocation-forwarder.js';
import { RevocationsModule } from '../revocations/revocations.module.js';
import { RevokeAuthorizationHandler } from '../revocations/revoke-authorization.handler.js';
import { ScheduleModule } from '../schedule/schedule.module.js';
import { ScheduleSyncsHandler } from '../schedule/schedule-syncs.handler.js';
import { CreatorSyncHandler } from '../sync/creator-sync.handler.js';
import { SyncModule } from '../sync/sync.module.js';
import type { JobHandler } from './job-handler.js';
import { JobRouter, REVOCATION_JOB_ROUTER, SYNC_JOB_ROUTER } from './job-router.js';
import { QueueWorkerService } from './queue-worker.service.js';

const routerOf = (...handlers: JobHandler[]) => new JobRouter(handlers);

/** The BullMQ consumers of this process and the handlers their jobs go to. */
@Module({
  imports: [SyncModule, RevocationsModule, ScheduleModule, SyncMetricsModule],
  providers: [
    {
      provide: SYNC_JOB_ROUTER,
      useFactory: routerOf,
      inject: [CreatorSyncHandler, ScheduleSyncsHandler, LegacyRevocationForwarder],
    },
    {
      provide: REVOCATION_JOB_ROUTER,
      useFactory: routerOf,
      inject: [RevokeAuthorizationHandler],
    },
    QueueWorkerService,
    QueueDepthMetric,
  ],
  exports: [QueueWorkerService],
})
export class QueueModule {}
