import type { Platform } from '@tally/contracts';
import { CREATORS_SCHEMA, creatorsDatabaseOptions } from '@tally/creators-data';
import { runMigrations } from '@tally/nest-kit';
import { randomUUID } from 'node:crypto';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { PrivateDatabase } from '@tally/testing';
import { SyncStalenessMetric } from './sync-staleness.metric.js';
import { OLDEST_DATA_SQL, SyncStalenessRepository } from './sync-staleness.repository.js';

const HOUR_S = 3600;

/** The gauge's value for the platform, from the registry's exposition text. */
async function ageOf(registry: Registry, platform: Platform): Promise<number> {
  const text = await registry.getSingleMetricAsString('tally_sync_oldest_data_age_seconds');
  const line = new RegExp(
    `^tally_sync_oldest_data_age_seconds\\{platform="${platform}"\\} (\\S+)$`,
    'm',
  );
  return Number(line.exec(text)?.[1]);
}

/**
 * Staleness is a question about every connected creator: it runs against a
 * database of this file's own, where every creator is one of its tests'.
 */
describe('sync staleness', () => {
  let database: PrivateDatabase;
  let db: DataSource;
  let repository: SyncStalenessRepository;

  beforeAll(async () => {
    database = await PrivateDatabase.create();
    db = await new DataSource(creatorsDatabaseOptions(database.url, 2)).initialize();
    await runMigrations(db, CREATORS_SCHEMA);
    repository = new SyncStalenessRepository(db);
  });

  afterEach(async () => {
    await db.query('DELETE FROM creators.creators');
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  async function creator(
    platform: Platform,
    {
      syncedHoursAgo,
      connectedHoursAgo = 100,
      status = 'connected',
    }: { syncedHoursAgo: number | null; connectedHoursAgo?: number; status?: string },
  ): Promise<void> {
    await db.query(
      `INSERT INTO creators.creators (account_id, platform, external_id, status, connected_at, last_synced_at)
       VALUES ($1, $2, $3, $4, now() - make_interval(hours => $5), now() - make_interval(hours => $6))`,
      [randomUUID(), platform, randomUUID(), status, connectedHoursAgo, syncedHoursAgo],
    );
  }

  describe('SyncStalenessRepository', () => {
    it("answers each platform's least recently synced connected creator", async () => {
      await creator('TIKTOK', { syncedHoursAgo: 1 });
      await creator('TIKTOK', { syncedHoursAgo: 3 });
      await creator('YOUTUBE', { syncedHoursAgo: 2 });

      const rows = await repository.oldestData(['TIKTOK', 'YOUTUBE']);

      const ages = Object.fromEntries(rows.map((row) => [row.platform, row.ageSeconds]));
      expect(ages.TIKTOK).toBeGreaterThanOrEqual(3 * HOUR_S);
      expect(ages.TIKTOK).toBeLessThan(3.5 * HOUR_S);
      expect(ages.YOUTUBE).toBeGreaterThanOrEqual(2 * HOUR_S);
      expect(ages.YOUTUBE).toBeLessThan(2.5 * HOUR_S);
    });

    it('counts a creator never synced from its connection', async () => {
      await creator('INSTAGRAM', { syncedHoursAgo: 1 });
      await creator('INSTAGRAM', { syncedHoursAgo: null, connectedHoursAgo: 5 });

      const [row] = await repository.oldestData(['INSTAGRAM']);

      expect(row.ageSeconds).toBeGreaterThanOrEqual(5 * HOUR_S);
      expect(row.ageSeconds).toBeLessThan(5.5 * HOUR_S);
    });

    it('leaves out creators that are not connected, and platforms without any', async () => {
      await creator('TIKTOK', { syncedHoursAgo: 1 });
      await creator('TIKTOK', { syncedHoursAgo: 50, status: 'reauth_required' });
      await creator('YOUTUBE', { syncedHoursAgo: 50, status: 'disconnected' });

      const rows = await repository.oldestData(['TIKTOK', 'YOUTUBE']);

      expect(rows.map((row) => row.platform)).toEqual(['TIKTOK']);
      expect(rows[0].ageSeconds).toBeLessThan(1.5 * HOUR_S);
    });

    it('is served by creators_sync_staleness_idx, one probe per platform', async () => {
      const runner = db.createQueryRunner();
      try {
        await runner.startTransaction();
        // Tables this small are cheaper to scan: ask which index the query can be served from.
        await runner.query('SET LOCAL enable_seqscan = off');
        const [{ 'QUERY PLAN': plan }] = (await runner.query(
          `EXPLAIN (FORMAT JSON) ${OLDEST_DATA_SQL}`,
          [['TIKTOK']],
        )) as { 'QUERY PLAN': unknown }[];
        const text = JSON.stringify(plan);

        expect(text).toContain('"Index Name":"creators_sync_staleness_idx"');
        expect(text).not.toContain('"Node Type":"Sort"');
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });
  });

  describe('SyncStalenessMetric', () => {
    it('exports the age per platform, 0 for a platform without connected creators', async () => {
      await creator('TIKTOK', { syncedHoursAgo: 7 });
      const registry = new Registry();
      const sut = new SyncStalenessMetric(registry, repository);
      sut.onApplicationBootstrap();
      try {
        expect(await ageOf(registry, 'TIKTOK')).toBeGreaterThanOrEqual(7 * HOUR_S);
        expect(await ageOf(registry, 'YOUTUBE')).toBe(0);
        expect(await ageOf(registry, 'INSTAGRAM')).toBe(0);
      } finally {
        sut.onApplicationShutdown();
      }
    });
  });
});
