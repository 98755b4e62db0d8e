import { eventSubject, type OutboxEvent } from '@tally/contracts';
import type { JetStreamClient } from '@nats-io/jetstream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';

export interface OutboxRelayOptions {
  /** The schema whose `outbox_events` this relay publishes. */
  schema: string;
  subjectPrefix?: string;
  /** Most events one round publishes. */
  batchSize?: number;
  /**
   * How long the relay rests when the outbox is empty, unless woken sooner
   * (wake: a new event was committed).
   */
  idleMs?: number;
  /**
   * How long it rests after a failed round (NATS or Postgres away) before
   * trying again: events already committed are waiting, and no writer will
   * announce them again.
   */
  retryMs?: number;
  /** Published events are kept this long (for support), then purged. */
  keepPublishedMs?: number;
  onError?: (error: unknown) => void;
  /** Each event published, once JetStream acknowledged it (metrics, tests). */
  onPublished?: (event: Pick<OutboxEvent, 'id' | 'type'>) => void;
}

interface OutboxRow {
  id: string;
  type: OutboxEvent['type'];
  accountId: string;
  data: Record<string, unknown>;
  occurredAt: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_REST_MS = 200;

/**
 * Publishes a schema's outbox to JetStream, oldest first, in rounds: each
 * round locks a batch of unpublished events (SKIP LOCKED: replicas share the
 * work), publishes each with its id as the message id and waits for
 * JetStream's acknowledgement, then marks them published in the same
 * transaction. A relay that dies after publishing and before committing
 * publishes them again with the same ids: the stream drops the duplicates, and
 * consumers key on the id anyway. Nothing is marked published that JetStream
 * did not acknowledge.
 */
export class OutboxRelay {
  private readonly stopping = new AbortController();
  private running: Promise<void> | undefined;
  private lastPurge = 0;
  /** Ends the current rest early; set while the relay rests. */
  private endRest: (() => void) | undefined;
  /** A wake that came while a round ran: the next rest is skipped. */
  private wokenMeanwhile = false;

  constructor(
    private readonly db: DataSource,
    private readonly js: JetStreamClient,
    private readonly options: OutboxRelayOptions,
  ) {}

  start(): void {
    this.running ??= this.loop();
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    this.endRest?.();
    await this.running;
  }

  /** Starts the next round now: an event was committed (or may have been, unheard). */
  wake(): void {
    if (this.endRest) this.endRest();
    else this.wokenMeanwhile = true;
  }

  /** One round: publishes up to a batch; answers how many. */
  async publishBatch(): Promise<number> {
    const { schema, subjectPrefix = '' } = this.options;
    return this.db.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, type, account_id AS "accountId", data, occurred_at AS "occurredAt"
         FROM ${schema}.outbox_events
         WHERE published_at IS NULL
         ORDER BY occurred_at, id
         LIMIT $1
         FOR UPDATE SKIP LOCKED`,
        [this.options.batchSize ?? 100],
      );
      if (rows.length === 0) return 0;
      for (const row of rows) {
        const event: OutboxEvent = {
          id: row.id,
          type: row.type,
          accountId: row.accountId,
          occurredAt: row.occurredAt.toISOString(),
          data: row.data,
        };
        await this.js.publish(eventSubject(row.type, subjectPrefix), JSON.stringify(event), {
          msgID: row.id,
        });
      }
      await manager.query(
        `UPDATE ${schema}.outbox_events SET published_at = now() WHERE id = ANY($1::uuid[])`,
        [rows.map((row) => row.id)],
      );
      for (const row of rows) this.options.onPublished?.({ id: row.id, type: row.type });
      return rows.length;
    });
  }

  private async loop(): Promise<void> {
    const idleMs = this.options.idleMs ?? DEFAULT_REST_MS;
    const retryMs = this.options.retryMs ?? DEFAULT_REST_MS;
    const signal = this.stopping.signal;
    while (!signal.aborted) {
      let published: number;
      this.wokenMeanwhile = false;
      try {
        published = await this.publishBatch();
        await this.purgeNowAndThen();
      } catch (error) {
        this.options.onError?.(error);
        // Not cut short by wakes: while NATS is away, each new event must not start a round.
        await sleep(retryMs, undefined, { signal }).catch(() => undefined);
        continue;
      }
      if (published === 0 && !this.wokenMeanwhile && !signal.aborted) await this.rest(idleMs);
    }
  }

  private rest(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.endRest?.(), ms);
      this.endRest = () => {
        clearTimeout(timer);
        this.endRest = undefined;
        resolve();
      };
    });
  }

  private async purgeNowAndThen(): Promise<void> {
    const now = Date.now();
    if (now - this.lastPurge < 60 * 60 * 1000) return;
    this.lastPurge = now;
    const keepMs = this.options.keepPublishedMs ?? 3 * DAY_MS;
    await this.db.query(
      `DELETE FROM ${this.options.schema}.outbox_events
       WHERE published_at IS NOT NULL AND published_at < now() - ($1::text || ' milliseconds')::interval`,
      [String(keepMs)],
    );
  }
}
