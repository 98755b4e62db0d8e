import type { OutboxEvent, WebhookEventData, WebhookEventType } from '@tally/contracts';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { outboxChannel } from './outbox-channel.js';

export interface NewOutboxEvent<T extends WebhookEventType> {
  type: T;
  accountId: string;
  data: WebhookEventData<T>;
  /** When the change happened; now by default. */
  occurredAt?: Date;
}

/**
 * Records events in the outbox of one schema. Always give it the manager of
 * the transaction that makes the change: the event is kept exactly when the
 * change is, and the schema's relay is woken when it commits (NOTIFY).
 */
export class OutboxWriter {
  constructor(private readonly schema: string) {}

  async add<T extends WebhookEventType>(
    manager: EntityManager,
    event: NewOutboxEvent<T>,
  ): Promise<Pick<OutboxEvent, 'id' | 'type'>> {
    const id = randomUUID();
    // One statement: the notification goes with the row (Postgres sends it at commit, once).
    await manager.query(
      `WITH added AS (
         INSERT INTO ${this.schema}.outbox_events (id, type, account_id, data, occurred_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id)
       SELECT pg_notify($6, '') FROM added`,
      [
        id,
        event.type,
        event.accountId,
        JSON.stringify(event.data),
        event.occurredAt ?? new Date(),
        outboxChannel(this.schema),
      ],
    );
    return { id, type: event.type };
  }
}
