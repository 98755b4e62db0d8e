import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who started a connect flow (the key, OAuth client or user), so that the
 * creator it connects is recorded in the audit log as theirs.
 */
export class ConnectStateStartedBy1764810000000 implements MigrationInterface {
  name = 'ConnectStateStartedBy1764810000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE creators.connect_states ADD COLUMN started_by jsonb');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE creators.connect_states DROP COLUMN started_by');
  }
}
