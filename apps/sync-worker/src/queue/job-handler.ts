import type { Job } from 'bullmq';

/** Does the work of one kind of job; the queue plumbing stays out of it. */
export interface JobHandler {
  readonly jobName: string;
  handle(job: Job): Promise<unknown>;
}
