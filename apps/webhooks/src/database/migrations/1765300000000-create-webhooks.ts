import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateWebhooks1765300000000 implements MigrationInterface {
  name = 'CreateWebhooks1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE webhooks.endpoints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL,
        url varchar(2048) NOT NULL,
        events text[] NOT NULL,
        description varchar(500),
        enabled boolean NOT NULL DEFAULT true,
        disabled_reason text,
        secret_key_id varchar(64) NOT NULL,
        secret bytea NOT NULL,
        secret_start varchar(16) NOT NULL,
        previous_secret_key_id varchar(64),
        previous_secret bytea,
        previous_secret_expires_at timestamptz,
        failing_since timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE INDEX endpoints_by_account ON webhooks.endpoints (account_id, created_at, id)',
    );
    // Every event any endpoint may hear, once: its id is the `webhook-id` of every delivery.
    await runner.query(`
      CREATE TABLE webhooks.events (
        id uuid PRIMARY KEY,
        type varchar(64) NOT NULL,
        account_id uuid NOT NULL,
        occurred_at timestamptz NOT NULL,
        data jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX events_received ON webhooks.events (received_at)');
    await runner.query(`
      CREATE TABLE webhooks.deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        endpoint_id uuid NOT NULL REFERENCES webhooks.endpoints (id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES webhooks.events (id) ON DELETE CASCADE,
        status varchar(16) NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_status_code integer,
        last_error text,
        last_duration_ms integer,
        last_response text,
        next_attempt_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (endpoint_id, event_id)
      )`);
    await runner.query(
      'CREATE INDEX deliveries_by_endpoint ON webhooks.deliveries (endpoint_id, created_at DESC, id DESC)',
    );
    await runner.query('CREATE INDEX deliveries_created ON webhooks.deliveries (created_at)');
    await runner.query(`
      CREATE INDEX deliveries_due ON webhooks.deliveries (next_attempt_at)
      WHERE status = 'pending'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE webhooks.deliveries');
    await runner.query('DROP TABLE webhooks.events');
    await runner.query('DROP TABLE webhooks.endpoints');
  }
}
