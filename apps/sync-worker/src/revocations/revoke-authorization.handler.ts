import { RevokeAuthorizationJob } from '@tally/contracts';
import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { jobData } from '../queue/job-data.js';
import type { JobHandler } from '../queue/job-handler.js';
import { RevocationResult, RevokeAuthorizationService } from './revoke-authorization.service.js';

@Injectable()
export class RevokeAuthorizationHandler implements JobHandler {
  readonly jobName = RevokeAuthorizationJob.name;

  constructor(private readonly service: RevokeAuthorizationService) {}

  handle(job: Job): Promise<RevocationResult> {
    return this.service.revoke(jobData(job, RevokeAuthorizationJob).pendingRevocationId);
  }
}
