import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface DueCreator {
  creatorId: string;
  accountId: string;
}

/** Which creators the scheduler syncs: a query of the creators schema only the workers need. */
@Injectable()
export class DueCreatorsRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Connected creators whose data is older than `olderThan` (or who were never
   * synced), oldest data first, at most `limit`. A creator whose last sync
   * failed for good since `olderThan` waits like a fresh one: its job already
   * spent its retries, and trying again every run would only crowd others out.
   */
  async due(olderThan: Date, limit: number): Promise<DueCreator[]> {
    return this.db.query(
      `SELECT c.id AS "creatorId", c.account_id AS "accountId"
       FROM creators.creators c
       LEFT JOIN creators.sync_state s ON s.creator_id = c.id
       WHERE c.status = 'connected'
         AND (c.last_synced_at IS NULL OR c.last_synced_at < $1)
         AND NOT COALESCE(s.status = 'failed' AND s.finished_at >= $1, false)
       ORDER BY c.last_synced_at ASC NULLS FIRST, c.id
       LIMIT $2`,
      [olderThan, limit],
    );
  }
}
