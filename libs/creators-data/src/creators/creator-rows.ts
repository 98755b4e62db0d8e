import type { CreatorProfile, CreatorStatus, CreatorView, Platform } from '@tally/contracts';

/** A creators row as the repositories select it. */
export interface CreatorRow {
  id: string;
  sortValue: string;
  accountId: string;
  platform: Platform;
  externalId: string;
  externalUserId: string | null;
  username: string | null;
  displayName: string | null;
  avatarUrl: string | null;
  bio: string | null;
  verified: boolean;
  profileUrl: string | null;
  scopes: string[];
  status: CreatorStatus;
  followers: string | null;
  following: string | null;
  likes: string | null;
  videoCount: string | null;
  connectedAt: Date;
  lastSyncedAt: Date | null;
}

export const SELECT_CREATOR = `
  SELECT c.id, c.created_at::text AS "sortValue", c.account_id AS "accountId", c.platform,
         c.external_id AS "externalId", c.external_user_id AS "externalUserId", c.username,
         c.display_name AS "displayName", c.avatar_url AS "avatarUrl", c.bio, c.is_verified AS verified,
         c.profile_url AS "profileUrl", c.scopes, c.status, c.follower_count AS followers,
         c.following_count AS following, c.likes_count AS likes, c.video_count AS "videoCount",
         c.connected_at AS "connectedAt", c.last_synced_at AS "lastSyncedAt"
  FROM creators.creators c`;

/** Postgres bigints arrive as strings; creator counts stay far below 2^53. */
export function countOf(value: string | number | null): number | null {
  return value === null ? null : Number(value);
}

export function toCreatorView(row: CreatorRow): CreatorView {
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
    },
    connectedAt: row.connectedAt.toISOString(),
    lastSyncedAt: row.lastSyncedAt?.toISOString() ?? null,
  };
}

export function toCreatorProfile(row: CreatorRow): CreatorProfile {
  return {
    ...toCreatorView(row),
    bio: row.bio,
    verified: row.verified,
    profileUrl: row.profileUrl,
    scopes: row.scopes,
  };
}
