import type { Job, Queue } from 'bullmq';
import type { JobsCommand } from './jobs-command.js';

export interface FailedJobView {
  id: string;
  queue: string;
  name: string;
  creatorId: string | null;
  failedReason: string;
  attemptsMade: number;
  failedAt: string | null;
}

export type JobsReport =
  | Record<string, number>
  | { failed: FailedJobView[] }
  | { retried: string[]; notFailed: string[] }
  | { dropped: string[]; notFailed: string[] };

function viewOf(job: Job): FailedJobView {
  const data = job.data as { creatorId?: unknown };
  return {
    id: String(job.id),
    queue: job.queueName,
    name: job.name,
    creatorId: typeof data?.creatorId === 'string' ? data.creatorId : null,
    failedReason: job.failedReason,
    attemptsMade: job.attemptsMade,
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}

/** Runs one jobs command against its queue; answers what was done, as JSON for the operator. */
export async function runJobsCommand(
  command: Exclude<JobsCommand, { action: 'help' }>,
  queue: Queue,
): Promise<JobsReport> {
  switch (command.action) {
    case 'counts':
      return queue.getJobCounts(
        'waiting',
        'prioritized',
        'active',
        'delayed',
        'failed',
        'completed',
      );
    case 'failed':
      return { failed: (await queue.getFailed(0, command.limit - 1)).map(viewOf) };
    case 'retry':
    case 'drop': {
      const jobs = await failedJobs(queue, command.target);
      const done: string[] = [];
      for (const job of jobs.failed) {
        if (command.action === 'retry') await job.retry('failed');
        else await job.remove();
        done.push(String(job.id));
      }
      return command.action === 'retry'
        ? { retried: done, notFailed: jobs.notFailed }
        : { dropped: done, notFailed: jobs.notFailed };
    }
  }
}

async function failedJobs(
  queue: Queue,
  target: { all: true } | { ids: string[] },
): Promise<{ failed: Job[]; notFailed: string[] }> {
  if ('all' in target) {
    const count = await queue.getFailedCount();
    return { failed: await queue.getFailed(0, count - 1), notFailed: [] };
  }
  const failed: Job[] = [];
  const notFailed: string[] = [];
  for (const id of target.ids) {
    const job = await queue.getJob(id);
    if (job && (await job.isFailed())) failed.push(job);
    else notFailed.push(id);
  }
  return { failed, notFailed };
}
