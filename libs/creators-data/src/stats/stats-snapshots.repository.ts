import type { StatsSnapshotView } from '@tally/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { countOf } from '../creators/creator-rows.js';

export interface StatsRecord {
  followers: number | null;
  following: number | null;
  likes: number | null;
  videoCount: number | null;
  totalViews: number | null;
}

interface SnapshotRow {
  capturedAt: Date;
  followers: string | null;
  following: string | null;
  likes: string | null;
  videoCount: string | null;
  totalViews: string | null;
}

export class StatsSnapshotsRepository {
  constructor(private readonly db: DataSource) {}

  async record(
    creatorId: string,
    stats: StatsRecord,
    capturedAt: Date,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO creators.stats_snapshots
         (creator_id, captured_at, follower_count, following_count, likes_count, video_count, total_views)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        creatorId,
        capturedAt,
        stats.followers,
        stats.following,
        stats.likes,
        stats.videoCount,
        stats.totalViews,
      ],
    );
  }

  /** Oldest first within [from, to]; one more than `limit` is read to tell whether more follow. */
  async range(
    creatorId: string,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<{ items: StatsSnapshotView[]; nextFrom: string | null }> {
    const rows: SnapshotRow[] = await this.db.query(
      `SELECT captured_at AS "capturedAt", follower_count AS followers, following_count AS following,
              likes_count AS likes, video_count AS "videoCount", total_views AS "totalViews"
       FROM creators.stats_snapshots
       WHERE creator_id = $1 AND captured_at >= $2 AND captured_at <= $3
       ORDER BY captured_at, id LIMIT $4`,
      [creatorId, from, to, limit + 1],
    );
    const items = rows.slice(0, limit).map((row) => ({
      capturedAt: row.capturedAt.toISOString(),
      followers: countOf(row.followers),
      following: countOf(row.following),
      likes: countOf(row.likes),
      videoCount: countOf(row.videoCount),
      totalViews: countOf(row.totalViews),
    }));
    const next = rows.length > limit ? rows[limit] : undefined;
    return { items, nextFrom: next ? next.capturedAt.toISOString() : null };
  }
}
