import { CreatorSyncJob, type CreatorSyncResult } from '@tally/contracts';
import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { attemptOf } from '../queue/job-attempt.js';
import { jobData } from '../queue/job-data.js';
import type { JobHandler } from '../queue/job-handler.js';
import { CreatorSyncService } from './creator-sync.service.js';

@Injectable()
export class CreatorSyncHandler implements JobHandler {
  readonly jobName = CreatorSyncJob.name;

  constructor(private readonly service: CreatorSyncService) {}

  handle(job: Job): Promise<CreatorSyncResult> {
    return this.service.sync(jobData(job, CreatorSyncJob), attemptOf(job));
  }
}
