import { Queues } from '@tally/contracts';
import type { Provider } from '@nestjs/common';
import { type QueueConnectionKind, QueueFactory, type QueueRedisSettings } from '@tally/nest-kit';
import { RevocationQueue } from './revocation-queue.js';

/**
 * The app's QueueFactory over the deployment's Redis, and its handle on the
 * revocation queue (`revocationConnection`: see QueueConnectionKind).
 */
export function queueProviders(
  redis: QueueRedisSettings,
  revocationConnection: QueueConnectionKind,
): Provider[] {
  return [
    { provide: QueueFactory, useValue: new QueueFactory(redis) },
    {
      provide: RevocationQueue,
      useFactory: (factory: QueueFactory) =>
        new RevocationQueue(factory.queue(Queues.creatorRevocations, revocationConnection)),
      inject: [QueueFactory],
    },
  ];
}
