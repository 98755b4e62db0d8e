import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sync scheduler's question, "which connected creators have the oldest
 * data", as an index: read in order up to the batch, never a scan of every
 * creator. A creator never synced sorts first, as -infinity.
 */
export class IndexDueCreators1764400000000 implements MigrationInterface {
  name = 'IndexDueCreators1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE INDEX creators_due_for_sync_idx
        ON creators.creators ((COALESCE(last_synced_at, '-infinity'::timestamptz)), id)
        WHERE status = 'connected'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX creators.creators_due_for_sync_idx');
  }
}
