/** BullMQ queues shared by the producers (creators) and the consumers (sync-worker). */
export const Queues = {
  creatorSync: 'creator-sync',
} as const;

export type QueueName = (typeof Queues)[keyof typeof Queues];

/** BullMQ namespaces its keys itself (it refuses ioredis' keyPrefix); this keeps them under the deployment's prefix. */
export function queueKeyPrefix(redisKeyPrefix: string): string {
  return `${redisKeyPrefix}bull`;
}
