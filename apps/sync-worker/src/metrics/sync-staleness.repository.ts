import type { Platform } from '@tally/contracts';
import type { DataSource } from 'typeorm';

/**
 * Written as creators_sync_staleness_idx is (the same COALESCE): one index
 * probe per platform. A platform without connected creators has no row.
 * $1: the platforms.
 */
export const OLDEST_DATA_SQL = `
  SELECT p.platform, EXTRACT(EPOCH FROM now() - oldest.at)::float8 AS "ageSeconds"
  FROM unnest($1::text[]) AS p(platform)
  CROSS JOIN LATERAL (
    SELECT COALESCE(c.last_synced_at, c.connected_at) AS at
    FROM creators.creators c
    WHERE c.status = 'connected' AND c.platform = p.platform
    ORDER BY COALESCE(c.last_synced_at, c.connected_at)
    LIMIT 1
  ) oldest`;

export interface OldestData {
  platform: Platform;
  /** Seconds since the platform's least recently synced connected creator was synced (or connected, if never). */
  ageSeconds: number;
}

/** How stale the data of each platform's connected creators is. */
export class SyncStalenessRepository {
  constructor(private readonly db: DataSource) {}

  async oldestData(platforms: readonly Platform[]): Promise<OldestData[]> {
    return this.db.query(OLDEST_DATA_SQL, [platforms]);
  }
}
