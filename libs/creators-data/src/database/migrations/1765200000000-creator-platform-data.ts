import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every platform's creators in one shape: the total views where the platform
 * gives them (YouTube), on the creator and in each stats snapshot, and what
 * only one platform has (`platform_data`) on creators and videos.
 */
export class CreatorPlatformData1765200000000 implements MigrationInterface {
  name = 'CreatorPlatformData1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE creators.creators
        ADD COLUMN total_views bigint,
        ADD COLUMN platform_data jsonb NOT NULL DEFAULT '{}'`);
    await runner.query(
      `ALTER TABLE creators.videos ADD COLUMN platform_data jsonb NOT NULL DEFAULT '{}'`,
    );
    await runner.query('ALTER TABLE creators.stats_snapshots ADD COLUMN total_views bigint');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE creators.stats_snapshots DROP COLUMN total_views');
    await runner.query('ALTER TABLE creators.videos DROP COLUMN platform_data');
    await runner.query(
      'ALTER TABLE creators.creators DROP COLUMN platform_data, DROP COLUMN total_views',
    );
  }
}
