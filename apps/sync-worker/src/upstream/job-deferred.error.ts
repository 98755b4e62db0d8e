/**
 * The job cannot run now without going over a platform's limit or quota (an
 * Instagram creator's hourly budget, YouTube's daily units): it should run
 * again in `delayMs`, without it counting as a failed attempt, while the
 * worker takes other jobs.
 */
export class JobDeferredError extends Error {
  constructor(
    readonly delayMs: number,
    reason: string,
    /** Where the next run of a sync goes on reading media (see CreatorSyncJob.resumeCursor). */
    readonly resumeCursor?: string,
  ) {
    super(`put off for ${Math.round(delayMs / 1000)} s: ${reason}`);
    this.name = 'JobDeferredError';
  }
}
