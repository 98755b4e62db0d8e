// The creators service's two reads, with its SQL, its columns and its row →
// view mapping (libs/creators-data: creators.repository.ts, creator-rows.ts,
// videos.repository.ts); every read scoped to the caller's account.
import type { CreatorView, VideoView } from '@tally/contracts';
import type { Database } from './database.js';
import { keyset, pageOfRows } from './keyset.js';
import type { PageRequest, PageResult } from './messages.js';

interface CreatorRow {
  id: string;
  sortValue: string;
  platform: CreatorView['platform'];
  externalId: string;
  externalUserId: string | null;
  username: string | null;
  displayName: string | null;
  avatarUrl: string | null;
  status: CreatorView['status'];
  followers: string | null;
  following: string | null;
  likes: string | null;
  videoCount: string | null;
  totalViews: string | null;
  connectedAt: string;
  lastSyncedAt: string | null;
}

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

const isoTimestamp = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const VIEW_COLUMNS = `
  c.id, c.created_at::text AS "sortValue", c.platform, c.external_id AS "externalId",
  c.external_user_id AS "externalUserId", c.username, c.display_name AS "displayName",
  c.avatar_url AS "avatarUrl", c.status, c.follower_count AS followers,
  c.following_count AS following, c.likes_count AS likes, c.video_count AS "videoCount",
  c.total_views AS "totalViews", ${isoTimestamp('c.connected_at')} AS "connectedAt", ${isoTimestamp('c.last_synced_at')} AS "lastSyncedAt"`;

const SELECT_CREATOR_VIEW = `SELECT ${VIEW_COLUMNS} FROM creators.creators c`;

// The whole row: what the service reads to learn that a creator is the account's.
const SELECT_CREATOR = `
  SELECT ${VIEW_COLUMNS}, c.account_id AS "accountId", c.bio, c.is_verified AS verified,
         c.profile_url AS "profileUrl", c.scopes, c.platform_data AS "platformData"
  FROM creators.creators c`;

const SELECT_VIDEO = `
  SELECT v.id, v.published_at::text AS "sortValue", v.external_id AS "externalId", v.title, v.description,
         v.view_count AS views, v.like_count AS likes, v.comment_count AS comments, v.share_count AS shares,
         v.duration, v.cover_url AS "coverUrl", v.share_url AS "shareUrl", v.published_at AS "publishedAt",
         v.platform_data AS "platformData"
  FROM creators.videos v`;

const countOf = (value: string | null): number | null => (value === null ? null : Number(value));

function toCreatorView(row: CreatorRow): CreatorView {
  return {
    id: row.id,
    platform: row.platform,
    username: row.username,
    displayName: row.displayName,
    externalId: row.externalId,
    externalUserId: row.externalUserId,
    avatarUrl: row.avatarUrl,
    status: row.status,
    stats: {
      followers: countOf(row.followers),
      following: countOf(row.following),
      likes: countOf(row.likes),
      videoCount: countOf(row.videoCount),
      totalViews: countOf(row.totalViews),
    },
    connectedAt: row.connectedAt,
    lastSyncedAt: row.lastSyncedAt,
  };
}

function toVideoView(row: VideoRow): VideoView {
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

export class CreatorReads {
  constructor(private readonly db: Database) {}

  /** The account's creators, newest first (created_at never changes, so pages stay stable). */
  async page(accountId: string, request: PageRequest): Promise<PageResult<CreatorView>> {
    const set = keyset(request, 'c.created_at', 'c.id', 2);
    const rows = await this.db.rows<CreatorRow>(
      `${SELECT_CREATOR_VIEW} WHERE c.account_id = $1 AND ${set.condition}
       ORDER BY c.created_at ${set.order}, c.id ${set.order} LIMIT ${set.fetch}`,
      [accountId, ...set.params],
    );
    return pageOfRows(rows, request, toCreatorView);
  }

  /** The creator's videos, newest first; undefined when the creator is not the account's. */
  async videos(
    accountId: string,
    creatorId: string,
    request: PageRequest,
  ): Promise<PageResult<VideoView> | undefined> {
    const owned = await this.db.rows<CreatorRow>(
      `${SELECT_CREATOR} WHERE c.account_id = $1 AND c.id = $2`,
      [accountId, creatorId],
    );
    if (owned.length === 0) return undefined;
    const set = keyset(request, 'v.published_at', 'v.id', 2);
    const rows = await this.db.rows<VideoRow>(
      `${SELECT_VIDEO} WHERE v.creator_id = $1 AND ${set.condition}
       ORDER BY v.published_at ${set.order}, v.id ${set.order} LIMIT ${set.fetch}`,
      [creatorId, ...set.params],
    );
    return pageOfRows(rows, request, toVideoView);
  }
}
