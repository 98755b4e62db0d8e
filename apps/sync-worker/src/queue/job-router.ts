import { type Job, UnrecoverableError } from 'bullmq';
import type { JobHandler } from './job-handler.js';

/** The router of the creator-sync queue's jobs. */
export const SYNC_JOB_ROUTER = Symbol('SYNC_JOB_ROUTER');
/** The router of the creator-revocations queue's jobs. */
export const REVOCATION_JOB_ROUTER = Symbol('REVOCATION_JOB_ROUTER');

/** Sends each job of a queue to the handler for its name; a job nobody handles fails without retries. */
export class JobRouter {
  private readonly handlers: Map<string, JobHandler>;

  constructor(handlers: JobHandler[]) {
    this.handlers = new Map(handlers.map((handler) => [handler.jobName, handler]));
  }

  async route(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name);
    if (!handler)
      throw new UnrecoverableError(`No handler for job "${job.name}" on queue "${job.queueName}"`);
    return handler.handle(job);
  }
}
