import type { Job } from 'bullmq';

/** Which attempt of a job is running, for deciding whether a failure is the last one. */
export interface JobAttempt {
  jobId: string;
  /** Attempts that already failed (BullMQ's `attemptsMade`). */
  attemptsMade: number;
  /** Attempts the job may take in all (its `attempts` option, 1 when unset). */
  attempts: number;
}

export function attemptOf(job: Job): JobAttempt {
  return {
    jobId: job.id ?? '',
    attemptsMade: job.attemptsMade,
    attempts: job.opts.attempts ?? 1,
  };
}

/** True when BullMQ will not run the job again after this attempt fails. */
export function isLastAttempt(attempt: JobAttempt): boolean {
  return attempt.attemptsMade + 1 >= attempt.attempts;
}
