import type { QueryRunner } from 'typeorm';

/**
 * The outbox of a service's schema: events written in the same transaction
 * as the change they report, published to JetStream by the relay afterwards.
 * A migration of each owning schema calls this.
 */
export async function createOutboxTable(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`
    CREATE TABLE ${schema}.outbox_events (
      id uuid PRIMARY KEY,
      type varchar(64) NOT NULL,
      account_id uuid NOT NULL,
      data jsonb NOT NULL,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz
    )`);
  await runner.query(`
    CREATE INDEX outbox_events_unpublished ON ${schema}.outbox_events (occurred_at)
    WHERE published_at IS NULL`);
  await runner.query(`
    CREATE INDEX outbox_events_published ON ${schema}.outbox_events (published_at)
    WHERE published_at IS NOT NULL`);
}

export async function dropOutboxTable(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`DROP TABLE ${schema}.outbox_events`);
}
