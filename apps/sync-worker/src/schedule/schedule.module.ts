import { syncRanksProvider } from '@tally/creators-data';
import { Module } from '@nestjs/common';
import { ScheduleSyncsHandler } from './schedule-syncs.handler.js';
import { SyncScheduleRegistrar } from './sync-schedule.registrar.js';
import { SyncScheduler } from './sync-scheduler.service.js';

/** The scheduler that keeps every connected creator fresher than SYNC_MAX_AGE. */
@Module({
  providers: [SyncScheduler, ScheduleSyncsHandler, SyncScheduleRegistrar, syncRanksProvider],
  exports: [ScheduleSyncsHandler],
})
export class ScheduleModule {}
