import { type JobToQueue, RevokeAuthorizationJob } from '@tally/contracts';
import type { OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { QueueHandle } from '@tally/nest-kit';

/**
 * This process's handle on the `creator-revocations` queue: the creators
 * service queues the revocations a platform could not take at disconnect time,
 * the workers forward those left on the old queue, pause it after a 429 and
 * read its depth.
 */
export class RevocationQueue implements OnApplicationShutdown {
  constructor(private readonly handle: QueueHandle) {}

  get queue(): Queue {
    return this.handle.queue;
  }

  /** Queues a revocation; a `jobId` already queued (and not yet removed) is not queued again. */
  async enqueue(
    job: JobToQueue<typeof RevokeAuthorizationJob>,
    options: { jobId?: string } = {},
  ): Promise<string> {
    const added = await this.handle.queue.add(RevokeAuthorizationJob.name, job, options);
    return String(added.id);
  }

  onApplicationShutdown(): Promise<void> {
    return this.handle.close();
  }
}
