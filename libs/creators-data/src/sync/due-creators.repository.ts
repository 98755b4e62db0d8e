import type { DataSource } from 'typeorm';

export interface DueCreator {
  creatorId: string;
  accountId: string;
}

/**
 * Written as creators_due_for_sync_idx is (the same COALESCE, the same order):
 * an index range read in order that stops at the limit, never a sort of every creator.
 * $1: synced before this is due; $2: at most this many.
 */
export const DUE_CREATORS_SQL = `
  SELECT c.id AS "creatorId", c.account_id AS "accountId"
  FROM creators.creators c
  LEFT JOIN creators.sync_state s ON s.creator_id = c.id
  WHERE c.status = 'connected'
    AND COALESCE(c.last_synced_at, '-infinity'::timestamptz) < $1
    AND NOT COALESCE(s.status = 'failed' AND s.finished_at >= $1, false)
  ORDER BY COALESCE(c.last_synced_at, '-infinity'::timestamptz), c.id
  LIMIT $2`;

/** Which creators the scheduler syncs. */
export class DueCreatorsRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Connected creators whose data is older than `olderThan` (or who were never
   * synced), oldest data first, at most `limit`. A creator whose last sync
   * failed for good since `olderThan` waits like a fresh one: its job already
   * spent its retries, and trying again every run would only crowd others out.
   */
  async due(olderThan: Date, limit: number): Promise<DueCreator[]> {
    return this.db.query(DUE_CREATORS_SQL, [olderThan, limit]);
  }
}
