import { LegacyRevokeAuthorizationJob, type QueueName, Queues } from '@tally/contracts';
import { RevocationQueue } from '@tally/creators-data';
import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { jobData } from '../queue/job-data.js';
import type { JobHandler } from '../queue/job-handler.js';

export interface ForwardedRevocation {
  forwardedTo: QueueName;
  jobId: string;
}

/**
 * Takes the revocation jobs left on creator-sync (see
 * LegacyRevokeAuthorizationJob) and queues each on creator-revocations, where
 * it runs with that queue's retries, concurrency and pause. The new job's id
 * comes from the old one: a job forwarded twice (its worker died before
 * finishing it) is queued once.
 */
@Injectable()
export class LegacyRevocationForwarder implements JobHandler {
  readonly jobName = LegacyRevokeAuthorizationJob.name;

  constructor(private readonly revocations: RevocationQueue) {}

  async handle(job: Job): Promise<ForwardedRevocation> {
    const data = jobData(job, LegacyRevokeAuthorizationJob);
    const jobId = await this.revocations.enqueue(data, {
      jobId: `${Queues.creatorSync}-${job.id ?? 'unknown'}`,
    });
    return { forwardedTo: Queues.creatorRevocations, jobId };
  }
}
