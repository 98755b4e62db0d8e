import type { CreatorProfile, CreatorStatus, CreatorView, Platform } from '@tally/contracts';

/** The columns a CreatorView needs, as the list and view selects give them. */
export interface CreatorViewRow {
  id: string;
  sortValue: string;
  platform: Platform;
  externalId: string;
  externalUserId: string | null;
  username: string | null;
  displayName: string | null;
  avatarUrl: string | null;
  status: CreatorStatus;
  followers: string | null;
  following: string | null;
  likes: string | null;
  videoCount: string | null;
  totalViews: string | null;
  /** ISO 8601 in UTC with milliseconds, as Date#toISOString writes it. */
  connectedAt: string;
  lastSyncedAt: string | null;
}

/** A whole creators row, for the profile and the workers. */
export interface CreatorRow extends CreatorViewRow {
  accountId: string;
  bio: string | null;
  verified: boolean;
  profileUrl: string | null;
  scopes: string[];
  platformData: Record<string, unknown>;
}

/**
 * A timestamptz as Date#toISOString writes it (milliseconds, truncated like
 * a JS Date's), so that rows need no Date on their way to JSON.
 */
const isoTimestamp = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const VIEW_COLUMNS = `
  c.id, c.created_at::text AS "sortValue", c.platform, c.external_id AS "externalId",
  c.external_user_id AS "externalUserId", c.username, c.display_name AS "displayName",
  c.avatar_url AS "avatarUrl", c.status, c.follower_count AS followers,
  c.following_count AS following, c.likes_count AS likes, c.video_count AS "videoCount",
  c.total_views AS "totalViews", ${isoTimestamp('c.connected_at')} AS "connectedAt", ${isoTimestamp('c.last_synced_at')} AS "lastSyncedAt"`;

/** Only what a CreatorView shows: lists read many rows, so they fetch and parse no more. */
export const SELECT_CREATOR_VIEW = `SELECT ${VIEW_COLUMNS} FROM creators.creators c`;

export const SELECT_CREATOR = `
  SELECT ${VIEW_COLUMNS}, c.account_id AS "accountId", c.bio, c.is_verified AS verified,
         c.profile_url AS "profileUrl", c.scopes, c.platform_data AS "platformData"
  FROM creators.creators c`;

/** Postgres bigints arrive as strings; creator counts stay far below 2^53. */
export function countOf(value: string | number | null): number | null {
  return value === null ? null : Number(value);
}

export function toCreatorView(row: CreatorViewRow): CreatorView {
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

export function toCreatorProfile(row: CreatorRow): CreatorProfile {
  return {
    ...toCreatorView(row),
    bio: row.bio,
    verified: row.verified,
    profileUrl: row.profileUrl,
    scopes: row.scopes,
    platformData: row.platformData,
  };
}
