import type { z } from 'zod';

/** BullMQ queues shared by the producers (creators) and the consumers (sync-worker). */
export const Queues = {
  /** Syncs of creators, and the scheduler's runs. */
  creatorSync: 'creator-sync',
  /**
   * Upstream revocations the platform could not take at disconnect time. A
   * queue of its own: a platform's 429 that pauses syncs does not hold them up.
   */
  creatorRevocations: 'creator-revocations',
  /** Webhook deliveries: one job per event and endpoint, retried on its own schedule. */
  webhookDeliveries: 'webhook-deliveries',
} as const;

export type QueueName = (typeof Queues)[keyof typeof Queues];

/** BullMQ namespaces its keys itself (it refuses ioredis' keyPrefix); this keeps them under the deployment's prefix. */
export function queueKeyPrefix(redisKeyPrefix: string): string {
  return `${redisKeyPrefix}bull`;
}

/**
 * A kind of job: its queue, its name and the schema of its data. Producers are
 * typed by it and the worker parses each job's data with the same schema.
 */
export interface JobDeclaration<TData extends z.ZodType = z.ZodType> {
  readonly kind: 'job';
  readonly queue: QueueName;
  readonly name: string;
  readonly data: TData;
}

export function declareJob<TData extends z.ZodType>(
  queue: QueueName,
  name: string,
  data: TData,
): JobDeclaration<TData> {
  return { kind: 'job', queue, name, data };
}

/** What a producer queues. */
export type JobToQueue<D extends JobDeclaration> = z.input<D['data']>;
/** What the worker runs with, once parsed. */
export type JobDataOf<D extends JobDeclaration> = z.output<D['data']>;
