import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCreators1764000000000 implements MigrationInterface {
  name = 'CreateCreators1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE creators.creators (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL,
        platform varchar(16) NOT NULL,
        external_id varchar(128) NOT NULL,
        username varchar(128),
        display_name varchar(256),
        avatar_url text,
        status varchar(32) NOT NULL DEFAULT 'connected',
        connected_at timestamptz NOT NULL DEFAULT now(),
        last_synced_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT creators_account_platform_external_unique UNIQUE (account_id, platform, external_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE creators.creators');
  }
}
