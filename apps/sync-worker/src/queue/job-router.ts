import { Inject, Injectable } from '@nestjs/common';
import { type Job, UnrecoverableError } from 'bullmq';
import { JOB_HANDLERS, JobHandler } from './job-handler.js';

/** Sends each job to the handler for its name; a job nobody handles fails without retries. */
@Injectable()
export class JobRouter {
  private readonly handlers: Map<string, JobHandler>;

  constructor(@Inject(JOB_HANDLERS) handlers: JobHandler[]) {
    this.handlers = new Map(handlers.map((handler) => [handler.jobName, handler]));
  }

  async route(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name);
    if (!handler)
      throw new UnrecoverableError(`No handler for job "${job.name}" on queue "${job.queueName}"`);
    return handler.handle(job);
  }
}
