import { Queues } from '@tally/contracts';
import { QueueFactory, type QueueHandle } from '@tally/creators-data';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';

/**
 * This process's handle on the creator-sync queue for everything but taking
 * jobs: pausing it after a 429, the job scheduler, the jobs the scheduler
 * queues, and its depth for /metrics.
 */
@Injectable()
export class CreatorSyncQueue implements OnApplicationShutdown {
  private readonly handle: QueueHandle;

  constructor(queues: QueueFactory) {
    // Commands fail fast while Redis is away; the factory logs the queue's errors.
    this.handle = queues.queue(Queues.creatorSync);
  }

  get queue(): Queue {
    return this.handle.queue;
  }

  onApplicationShutdown(): Promise<void> {
    return this.handle.close();
  }
}
