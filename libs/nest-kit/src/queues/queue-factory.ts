import { type QueueName, queueKeyPrefix } from '@tally/contracts';
import { createRedis } from '../redis/redis.module.js';
import { Logger } from '@nestjs/common';
import { type Processor, Queue, QueueEvents, Worker, type WorkerOptions } from 'bullmq';
import type { Redis, RedisOptions } from 'ioredis';
import { queueTelemetry } from '../tracing/queue-telemetry.js';
import { DEFAULT_JOB_OPTIONS } from './default-job-options.js';

/** The deployment's Redis: REDIS_URL and REDIS_KEY_PREFIX. */
export interface QueueRedisSettings {
  url: string;
  keyPrefix: string;
}

/**
 * How a queue's connection behaves while Redis is away:
 * - `commands`: a command waits for one reconnection, then fails (a worker's own handle on its queue);
 * - `failFast`: a command fails at once (a producer answering a request must not hold its caller);
 * - `blocking`: commands wait for Redis to come back (BullMQ's blocking reads, Bull Board).
 */
export type QueueConnectionKind = 'commands' | 'failFast' | 'blocking';

const CONNECTION_OPTIONS: Record<QueueConnectionKind | 'oneShot', RedisOptions> = {
  commands: {},
  failFast: { maxRetriesPerRequest: 1, enableOfflineQueue: false },
  blocking: { maxRetriesPerRequest: null },
  oneShot: {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  },
};

/** A queue and the connection opened for it: closing the handle closes both. */
export interface QueueHandle {
  readonly queue: Queue;
  close(): Promise<void>;
}

export interface WorkerHandle {
  readonly worker: Worker;
  /** Waits for the running jobs (BullMQ's graceful close), then closes the connection. */
  close(): Promise<void>;
}

export interface QueueEventsHandle {
  readonly events: QueueEvents;
  close(): Promise<void>;
}

export type QueueWorkerOptions = Omit<WorkerOptions, 'connection' | 'prefix'>;

/**
 * Opens the creators' BullMQ queues, workers and event streams the one way:
 * a Redis connection of their own from REDIS_URL (BullMQ refuses ioredis'
 * keyPrefix: it namespaces keys itself, under the deployment's prefix), each
 * queue's default job options, and a close that also closes the connection (a
 * connection handed to BullMQ stays open when its user closes).
 */
export class QueueFactory {
  private readonly logger = new Logger(QueueFactory.name);

  constructor(private readonly redis: QueueRedisSettings) {}

  queue(name: QueueName, kind: QueueConnectionKind = 'commands'): QueueHandle {
    return this.queueOver(name, this.connection(CONNECTION_OPTIONS[kind]), { logErrors: true });
  }

  /**
   * A queue for a one-shot command: one attempt to connect, made before
   * anything else, and no reconnecting, so that it fails at once with Redis'
   * own reason (ECONNREFUSED...) instead of hanging.
   */
  async oneShotQueue(name: QueueName): Promise<QueueHandle> {
    const connection = this.connection(CONNECTION_OPTIONS.oneShot);
    let cause: unknown;
    // Kept on: ioredis would print every later error of the connection as unhandled.
    connection.on('error', (error: unknown) => (cause = error));
    try {
      await connection.connect();
    } catch (error) {
      connection.disconnect();
      throw cause ?? error;
    }
    // A one-shot command reports its own failure.
    return this.queueOver(name, connection, { logErrors: false });
  }

  worker(name: QueueName, processor: Processor, options: QueueWorkerOptions): WorkerHandle {
    const connection = this.connection(CONNECTION_OPTIONS.blocking);
    const worker = new Worker(name, processor, {
      ...options,
      connection,
      prefix: this.prefix,
      telemetry: queueTelemetry(),
    });
    return {
      worker,
      close: async () => {
        try {
          await worker.close();
        } finally {
          await quit(connection);
        }
      },
    };
  }

  queueEvents(name: QueueName): QueueEventsHandle {
    const connection = this.connection(CONNECTION_OPTIONS.blocking);
    const events = new QueueEvents(name, { connection, prefix: this.prefix });
    // Without a listener, BullMQ prints every failed reconnection to the console, past the logger.
    events.on('error', (error) =>
      this.logger.warn({ msg: 'queue events error', queue: name, err: error }),
    );
    return {
      events,
      close: async () => {
        await events.close().catch(() => undefined);
        await quit(connection);
      },
    };
  }

  private queueOver(
    name: QueueName,
    connection: Redis,
    { logErrors }: { logErrors: boolean },
  ): QueueHandle {
    const queue = new Queue(name, {
      connection,
      prefix: this.prefix,
      defaultJobOptions: DEFAULT_JOB_OPTIONS[name],
      telemetry: queueTelemetry(),
    });
    if (logErrors) {
      queue.on('error', (error) =>
        this.logger.warn({ msg: 'queue error', queue: name, err: error }),
      );
    }
    return {
      queue,
      close: async () => {
        await queue.close().catch(() => undefined);
        await quit(connection);
      },
    };
  }

  private get prefix(): string {
    return queueKeyPrefix(this.redis.keyPrefix);
  }

  private connection(options: RedisOptions): Redis {
    return createRedis({ url: this.redis.url, keyPrefix: '' }, options);
  }
}

async function quit(connection: Redis): Promise<void> {
  await connection.quit().catch(() => connection.disconnect());
}
