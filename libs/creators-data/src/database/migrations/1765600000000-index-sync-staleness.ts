import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The question of the sync staleness metric, "how old is each platform's
 * oldest connected creator's data", as an index: one probe per platform at
 * every scrape, never a scan of every creator. A creator never synced counts
 * from its connection.
 */
export class IndexSyncStaleness1765600000000 implements MigrationInterface {
  name = 'IndexSyncStaleness1765600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE INDEX creators_sync_staleness_idx
        ON creators.creators (platform, (COALESCE(last_synced_at, connected_at)))
        WHERE status = 'connected'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX creators.creators_sync_staleness_idx');
  }
}
