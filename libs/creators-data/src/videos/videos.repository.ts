import type { PageRequest, PreparedPageResult, VideoView } from '@tally/contracts';
import { keysetJsonPage, keysetQuery, preparedQuery } from '@tally/nest-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { countOf } from '../creators/creator-rows.js';

/** A video as a sync writes it: the public view's fields, dated, before it has an id. */
export type VideoRecord = Omit<VideoView, 'id' | 'publishedAt'> & { publishedAt: Date };

interface VideoRow {
  id: string;
  sortValue: string;
  externalId: string;
  title: string | null;
  description: string | null;
  views: string | null;
  likes: string | null;
  comments: string | null;
  shares: string | null;
  duration: number | null;
  coverUrl: string | null;
  shareUrl: string | null;
  publishedAt: Date;
  platformData: Record<string, unknown>;
}

export const SELECT_VIDEO = `
  SELECT v.id, v.published_at::text AS "sortValue", v.external_id AS "externalId", v.title, v.description,
         v.view_count AS views, v.like_count AS likes, v.comment_count AS comments, v.share_count AS shares,
         v.duration, v.cover_url AS "coverUrl", v.share_url AS "shareUrl", v.published_at AS "publishedAt",
         v.platform_data AS "platformData"
  FROM creators.videos v`;

/**
 * What makes a video changed: what customers read it for, its counts and
 * words. Not the cover link (signed links expire, so each read brings a new
 * one), nor `platform_data` (a YouTube video's category or definition, an
 * Instagram post's media type): both are stored when they differ, but a
 * change to them alone does not make the video count as changed for a sync.
 */
const CONTENT_OF = (table: string): string =>
  `(${[
    'title',
    'description',
    'view_count',
    'like_count',
    'comment_count',
    'share_count',
    'duration',
    'share_url',
  ]
    .map((column) => `${table}.${column}`)
    .join(', ')})`;

export function toVideoView(row: VideoRow): VideoView {
  return {
    id: row.id,
    externalId: row.externalId,
    title: row.title,
    description: row.description,
    views: countOf(row.views),
    likes: countOf(row.likes),
    comments: countOf(row.comments),
    shares: countOf(row.shares),
    duration: row.duration,
    coverUrl: row.coverUrl,
    shareUrl: row.shareUrl,
    publishedAt: row.publishedAt.toISOString(),
    platformData: row.platformData,
  };
}

export class VideosRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Inserts new videos and updates changed ones; an unchanged video is not
   * written at all. Returns the platform ids that were inserted or changed.
   * Cover links are signed and expire, so a fresh one is stored but is not a change;
   * nor is a change to `platformData` alone, which is stored all the same.
   * `published_at` and the row id never change, so pages stay stable while a sync writes.
   */
  async upsertMany(
    creatorId: string,
    videos: VideoRecord[],
    manager: EntityManager = this.db.manager,
  ): Promise<string[]> {
    if (videos.length === 0) return [];
    const column = <K extends keyof VideoRecord>(key: K) => videos.map((video) => video[key]);
    const rows: { externalId: string; changed: boolean }[] = await manager.query(
      `INSERT INTO creators.videos AS v
         (creator_id, external_id, title, description, view_count, like_count, comment_count, share_count,
          duration, cover_url, share_url, published_at, platform_data)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::bigint[], $6::bigint[], $7::bigint[],
                                $8::bigint[], $9::int[], $10::text[], $11::text[], $12::timestamptz[],
                                $13::jsonb[])
       ON CONFLICT ON CONSTRAINT videos_creator_external_unique DO UPDATE SET
         title = EXCLUDED.title, description = EXCLUDED.description, view_count = EXCLUDED.view_count,
         like_count = EXCLUDED.like_count, comment_count = EXCLUDED.comment_count,
         share_count = EXCLUDED.share_count, duration = EXCLUDED.duration, cover_url = EXCLUDED.cover_url,
         share_url = EXCLUDED.share_url, platform_data = EXCLUDED.platform_data,
         updated_at = CASE WHEN ${CONTENT_OF('v')} IS DISTINCT FROM ${CONTENT_OF('EXCLUDED')}
                      THEN now() ELSE v.updated_at END
       WHERE (${CONTENT_OF('v')}, v.cover_url, v.platform_data)
             IS DISTINCT FROM (${CONTENT_OF('EXCLUDED')}, EXCLUDED.cover_url, EXCLUDED.platform_data)
       RETURNING v.external_id AS "externalId", (v.xmax = 0 OR v.updated_at = now()) AS changed`,
      [
        creatorId,
        column('externalId'),
        column('title'),
        column('description'),
        column('views'),
        column('likes'),
        column('comments'),
        column('shares'),
        column('duration'),
        column('coverUrl'),
        column('shareUrl'),
        column('publishedAt'),
        column('platformData'),
      ],
    );
    return rows.filter((row) => row.changed).map((row) => row.externalId);
  }

  /**
   * A page of a creator's videos, newest first (keyset on published_at, id),
   * if the creator is the account's: null when it is not. One round trip for
   * both (the hot read of `GET /creators/:id/videos`): no row at all means no
   * such creator, one row without a video an empty page.
   */
  async pageOfOwned(
    accountId: string,
    creatorId: string,
    request: PageRequest,
  ): Promise<PreparedPageResult<VideoView> | null> {
    const keyset = keysetQuery(request, 'v.published_at', 'v.id', 3);
    const rows = await preparedQuery<VideoRow | { [K in keyof VideoRow]: null }>(
      this.db,
      `SELECT page.* FROM creators.creators c
       LEFT JOIN LATERAL (${SELECT_VIDEO} WHERE v.creator_id = c.id AND ${keyset.condition}
         ORDER BY v.published_at ${keyset.order}, v.id ${keyset.order} LIMIT ${keyset.fetch}) page ON true
       WHERE c.account_id = $1 AND c.id = $2`,
      [accountId, creatorId, ...keyset.params],
    );
    if (rows.length === 0) return null;
    const videos = rows.filter((row): row is VideoRow => row.id !== null);
    return keysetJsonPage(videos, request, toVideoView);
  }

  async count(creatorId: string, manager: EntityManager = this.db.manager): Promise<number> {
    const [row] = (await manager.query(
      'SELECT count(*)::int AS count FROM creators.videos WHERE creator_id = $1',
      [creatorId],
    )) as { count: number }[];
    return row.count;
  }

  /**
   * How many of these videos are stored and were last inserted or changed no
   * later than `at`. A sync that stops at the first unchanged page trusts only
   * what a finished sync wrote: an interrupted one may have left older pages unread.
   */
  async countWrittenBy(creatorId: string, externalIds: string[], at: Date): Promise<number> {
    if (externalIds.length === 0) return 0;
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS count FROM creators.videos
       WHERE creator_id = $1 AND external_id = ANY($2::text[]) AND updated_at <= $3`,
      [creatorId, externalIds, at],
    )) as { count: number }[];
    return row.count;
  }

  /** Videos of an account's creators by platform id. */
  async findByExternalIds(
    accountId: string,
    platform: string,
    externalIds: string[],
  ): Promise<{ creatorId: string; video: VideoView }[]> {
    if (externalIds.length === 0) return [];
    const rows: (VideoRow & { creatorId: string })[] = await this.db.query(
      `${SELECT_VIDEO.replace('SELECT v.id', 'SELECT v.creator_id AS "creatorId", v.id')}
       JOIN creators.creators c ON c.id = v.creator_id
       WHERE c.account_id = $1 AND c.platform = $2 AND v.external_id = ANY($3::text[])`,
      [accountId, platform, externalIds],
    );
    return rows.map((row) => ({ creatorId: row.creatorId, video: toVideoView(row) }));
  }
}
