import type { Platform } from '@tally/contracts';
import { CreatorConnections, UNREAD_PROFILE } from '@tally/creators-data';
import type { PlatformTokens } from '@tally/platform-kit';
import { randomUUID } from 'node:crypto';
import type { CreatorsDatabase } from './creators-database.js';

/** A video row as a sync left it, counts as numbers. */
export interface StoredVideo {
  externalId: string;
  title: string | null;
  description: string | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  duration: number | null;
  coverUrl: string | null;
  shareUrl: string | null;
  publishedAt: Date;
  platformData: Record<string, unknown>;
}

interface VideoRow extends Omit<StoredVideo, 'views' | 'likes' | 'comments' | 'shares'> {
  views: string | null;
  likes: string | null;
  comments: string | null;
  shares: string | null;
}

const countOf = (value: string | null): number | null => (value === null ? null : Number(value));

/**
 * Creators of any platform as the connect callback stores them: the grant a
 * platform client gave, an account of their own, a profile nobody read yet.
 */
export class PlatformCreators {
  private readonly connections: CreatorConnections;

  constructor(private readonly db: CreatorsDatabase) {
    this.connections = new CreatorConnections(db.dataSource, db.creators, db.tokens);
  }

  async add(
    platform: Platform,
    tokens: PlatformTokens,
  ): Promise<{ id: string; accountId: string }> {
    const accountId = randomUUID();
    const { id } = await this.connections.store(
      { accountId, platform, externalUserId: tokens.externalUserId, profile: UNREAD_PROFILE },
      tokens,
    );
    return { id, accountId };
  }

  /** The creator's videos, newest first. */
  async videos(creatorId: string): Promise<StoredVideo[]> {
    const rows: VideoRow[] = await this.db.dataSource.query(
      `SELECT external_id AS "externalId", title, description, view_count AS views,
              like_count AS likes, comment_count AS comments, share_count AS shares, duration,
              cover_url AS "coverUrl", share_url AS "shareUrl", published_at AS "publishedAt",
              platform_data AS "platformData"
       FROM creators.videos WHERE creator_id = $1 ORDER BY published_at DESC`,
      [creatorId],
    );
    return rows.map((row) => ({
      ...row,
      views: countOf(row.views),
      likes: countOf(row.likes),
      comments: countOf(row.comments),
      shares: countOf(row.shares),
    }));
  }
}
