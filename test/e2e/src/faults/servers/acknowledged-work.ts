export interface AcknowledgedSync {
  creatorId: string;
  acknowledgedAt: number;
}

/** What the platform acknowledged during a scenario, to be found again once everything is back. */
export class AcknowledgedWork {
  /** API keys answered with 201. */
  readonly keyIds = new Set<string>();
  /** Sync jobs answered with 202 (queued or running), by job id: their creator and the first answer's time. */
  readonly syncJobs = new Map<string, AcknowledgedSync>();
  /** Syncs answered with 200: finished within the request. */
  finishedSyncs = 0;
}

/** Notes a 202 for a sync; a job answered again (a sync joined) keeps its first answer's time. */
export function noteQueuedSync(work: AcknowledgedWork, jobId: string, creatorId: string): void {
  if (!work.syncJobs.has(jobId))
    work.syncJobs.set(jobId, { creatorId, acknowledgedAt: Date.now() });
}
