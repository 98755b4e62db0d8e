import type { OutboxEvent } from '@tally/contracts';
import type { DataSource } from 'typeorm';

/**
 * Records an event once and a pending delivery for each enabled endpoint of
 * its account subscribed to its type, in one transaction. Hearing the same
 * event again (JetStream redelivers until acknowledged) adds nothing: it
 * answers the deliveries still pending, so that they can be queued again.
 */
export class EventFanOutRepository {
  constructor(private readonly db: DataSource) {}

  async record(event: OutboxEvent): Promise<string[]> {
    return this.db.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO webhooks.events (id, type, account_id, occurred_at, data)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
        [event.id, event.type, event.accountId, event.occurredAt, JSON.stringify(event.data)],
      );
      await manager.query(
        `INSERT INTO webhooks.deliveries (endpoint_id, event_id, next_attempt_at)
         SELECT e.id, $1, now() FROM webhooks.endpoints e
         WHERE e.account_id = $2 AND e.enabled
           AND ($3 = ANY (e.events) OR '*' = ANY (e.events))
         ON CONFLICT (endpoint_id, event_id) DO NOTHING`,
        [event.id, event.accountId, event.type],
      );
      const pending: { id: string }[] = await manager.query(
        `SELECT id FROM webhooks.deliveries WHERE event_id = $1 AND status = 'pending'`,
        [event.id],
      );
      return pending.map((row) => row.id);
    });
  }
}
