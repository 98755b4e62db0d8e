import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each account's allowed redirect URLs for connect flows (one row, the whole
 * list, so that a replacement is one statement), and the origin of the page
 * that started each flow, the only one its callback page may post to.
 */
export class ConnectRedirectUrls1764900000000 implements MigrationInterface {
  name = 'ConnectRedirectUrls1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE IF NOT EXISTS creators.connect_redirect_urls (
        account_id uuid PRIMARY KEY,
        urls text[] NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'ALTER TABLE creators.connect_states ADD COLUMN IF NOT EXISTS opener_origin text',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE creators.connect_states DROP COLUMN opener_origin');
    await runner.query('DROP TABLE creators.connect_redirect_urls');
  }
}
