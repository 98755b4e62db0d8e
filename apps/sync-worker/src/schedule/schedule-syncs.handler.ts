import { SyncJobs } from '@tally/contracts';
import { Injectable } from '@nestjs/common';
import type { JobHandler } from '../queue/job-handler.js';
import { type ScheduleResult, SyncScheduler } from './sync-scheduler.service.js';

@Injectable()
export class ScheduleSyncsHandler implements JobHandler {
  readonly jobName = SyncJobs.scheduleSyncs;

  constructor(private readonly scheduler: SyncScheduler) {}

  handle(): Promise<ScheduleResult> {
    return this.scheduler.scheduleDue();
  }
}
