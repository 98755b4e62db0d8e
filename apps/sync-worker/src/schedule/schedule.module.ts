import { Module } from '@nestjs/common';
import { CreatorSyncQueueModule } from '../queue/creator-sync-queue.module.js';
import { DueCreatorsRepository } from './due-creators.repository.js';
import { ScheduleSyncsHandler } from './schedule-syncs.handler.js';
import { SyncScheduleRegistrar } from './sync-schedule.registrar.js';
import { SyncScheduler } from './sync-scheduler.service.js';

/** The scheduler that keeps every connected creator fresher than SYNC_MAX_AGE. */
@Module({
  imports: [CreatorSyncQueueModule],
  providers: [DueCreatorsRepository, SyncScheduler, ScheduleSyncsHandler, SyncScheduleRegistrar],
  exports: [ScheduleSyncsHandler],
})
export class ScheduleModule {}
