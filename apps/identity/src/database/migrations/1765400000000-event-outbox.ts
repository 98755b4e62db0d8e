import { createOutboxTable, dropOutboxTable } from '@tally/nest-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The identity schema's outbox (key events for webhooks), and when each key
 * was told to be expiring: the notices go out once per key and threshold.
 */
export class EventOutbox1765400000000 implements MigrationInterface {
  name = 'EventOutbox1765400000000';

  async up(runner: QueryRunner): Promise<void> {
    await createOutboxTable(runner, 'identity');
    await runner.query(`
      ALTER TABLE identity.api_keys
        ADD COLUMN expiry_notified_7d_at timestamptz,
        ADD COLUMN expiry_notified_1d_at timestamptz`);
    // The notices' scan: active keys, by expiry.
    await runner.query(`
      CREATE INDEX api_keys_expiry_notices_idx ON identity.api_keys (expires_at)
      WHERE revoked_at IS NULL AND expiry_notified_1d_at IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX identity.api_keys_expiry_notices_idx');
    await runner.query(
      'ALTER TABLE identity.api_keys DROP COLUMN expiry_notified_1d_at, DROP COLUMN expiry_notified_7d_at',
    );
    await dropOutboxTable(runner, 'identity');
  }
}
