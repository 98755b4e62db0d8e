import { type QueueName, Queues } from '@tally/contracts';
import type { DefaultJobOptions } from 'bullmq';

const HOUR_S = 3600;
const DAY_S = 24 * HOUR_S;

/** What every job of a queue gets unless the producer says otherwise. */
export const DEFAULT_JOB_OPTIONS: Readonly<Record<QueueName, DefaultJobOptions>> = {
  [Queues.creatorSync]: {
    // 2, 4, 8, 16 s... each shortened by up to half at random, so that failures spread out.
    backoff: { type: 'exponential', delay: 2000, jitter: 0.5 },
    removeOnComplete: { age: DAY_S, count: 5000 },
    removeOnFail: { age: 7 * DAY_S, count: 5000 },
  },
  [Queues.creatorRevocations]: {
    // 30 s, 1 min, 2 min... about 8.5 hours in all before the job lands in the failed set.
    attempts: 10,
    backoff: { type: 'exponential', delay: 30_000, jitter: 0.5 },
    removeOnComplete: { age: DAY_S },
    removeOnFail: { age: 30 * DAY_S },
  },
  [Queues.webhookDeliveries]: {
    // The schedule itself (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h) is the webhooks worker's
    // backoff strategy; the deliveries table keeps the log, so jobs need not stay long.
    attempts: 8,
    backoff: { type: 'webhook-schedule' },
    removeOnComplete: { age: DAY_S, count: 10_000 },
    removeOnFail: { age: 7 * DAY_S, count: 10_000 },
  },
};
