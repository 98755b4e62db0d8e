import type {
  CreatorFilter,
  CreatorProfile,
  CreatorStatus,
  CreatorView,
  PageRequest,
  Platform,
  PreparedPageResult,
} from '@tally/contracts';
import { keysetJsonPage, keysetQuery, preparedQuery } from '@tally/nest-kit';
import type { DataSource, EntityManager } from 'typeorm';
import {
  type CreatorRow,
  type CreatorViewRow,
  SELECT_CREATOR,
  SELECT_CREATOR_VIEW,
  toCreatorProfile,
  toCreatorView,
} from './creator-rows.js';

export interface ConnectedCreator {
  accountId: string;
  platform: Platform;
  externalId: string;
  externalUserId: string | null;
  scopes: string[];
  profile: CreatorProfileFields;
}

/**
 * What a platform's profile read gives; absent counts stay as they were, and
 * `platformData` is merged key by key into what was stored (an unread
 * profile's `{}` keeps it all).
 */
export interface CreatorProfileFields {
  username: string | null;
  displayName: string | null;
  avatarUrl: string | null;
  bio: string | null;
  verified: boolean;
  profileUrl: string | null;
  followers: number | null;
  following: number | null;
  likes: number | null;
  videoCount: number | null;
  /** Views across all videos, where the platform gives them (YouTube). */
  totalViews: number | null;
  /** What only this platform has (YouTube's uploads playlist, Instagram's account type). */
  platformData: Record<string, unknown>;
}

/** The profile's values in the order both writes below list their columns. */
function profileValues(profile: CreatorProfileFields): unknown[] {
  return [
    profile.username,
    profile.displayName,
    profile.avatarUrl,
    profile.bio,
    profile.verified,
    profile.profileUrl,
    profile.followers,
    profile.following,
    profile.likes,
    profile.videoCount,
    profile.totalViews,
    profile.platformData,
  ];
}

/** Persistence of creators rows, shared by the creators service and the sync workers. */
export class CreatorsRepository {
  constructor(private readonly db: DataSource) {}

  /** Creates the creator, or updates it when the same platform account connects again. */
  async upsertConnected(
    creator: ConnectedCreator,
    manager: EntityManager,
  ): Promise<{ id: string; reconnected: boolean }> {
    const [row] = (await manager.query(
      `INSERT INTO creators.creators
         (account_id, platform, external_id, external_user_id, scopes, username, display_name, avatar_url,
          bio, is_verified, profile_url, follower_count, following_count, likes_count, video_count,
          total_views, platform_data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
       ON CONFLICT ON CONSTRAINT creators_account_platform_external_unique DO UPDATE SET
         external_user_id = COALESCE(EXCLUDED.external_user_id, creators.external_user_id),
         scopes = EXCLUDED.scopes, username = EXCLUDED.username, display_name = EXCLUDED.display_name,
         avatar_url = EXCLUDED.avatar_url, bio = EXCLUDED.bio, is_verified = EXCLUDED.is_verified,
         profile_url = EXCLUDED.profile_url,
         follower_count = COALESCE(EXCLUDED.follower_count, creators.follower_count),
         following_count = COALESCE(EXCLUDED.following_count, creators.following_count),
         likes_count = COALESCE(EXCLUDED.likes_count, creators.likes_count),
         video_count = COALESCE(EXCLUDED.video_count, creators.video_count),
         total_views = COALESCE(EXCLUDED.total_views, creators.total_views),
         platform_data = creators.platform_data || EXCLUDED.platform_data,
         status = 'connected', connected_at = now(), updated_at = now()
       RETURNING id, (xmax <> 0) AS reconnected`,
      [
        creator.accountId,
        creator.platform,
        creator.externalId,
        creator.externalUserId,
        creator.scopes,
        ...profileValues(creator.profile),
      ],
    )) as { id: string; reconnected: boolean }[];
    return row;
  }

  /** A sync's profile read. */
  async updateProfile(
    creatorId: string,
    profile: CreatorProfileFields,
    syncedAt: Date,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await manager.query(
      `UPDATE creators.creators SET
         username = COALESCE($2, username), display_name = COALESCE($3, display_name),
         avatar_url = COALESCE($4, avatar_url), bio = COALESCE($5, bio), is_verified = $6,
         profile_url = COALESCE($7, profile_url),
         follower_count = COALESCE($8, follower_count), following_count = COALESCE($9, following_count),
         likes_count = COALESCE($10, likes_count), video_count = COALESCE($11, video_count),
         total_views = COALESCE($12, total_views), platform_data = platform_data || $13::jsonb,
         last_synced_at = $14, updated_at = now()
       WHERE id = $1`,
      [creatorId, ...profileValues(profile), syncedAt],
    );
  }

  async setStatus(
    creatorId: string,
    status: CreatorStatus,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await manager.query(
      'UPDATE creators.creators SET status = $2, updated_at = now() WHERE id = $1',
      [creatorId, status],
    );
  }

  async findView(accountId: string, id: string): Promise<CreatorView | null> {
    const row = await this.findRow(accountId, id);
    return row ? toCreatorView(row) : null;
  }

  async findProfile(accountId: string, id: string): Promise<CreatorProfile | null> {
    const row = await this.findRow(accountId, id);
    return row ? toCreatorProfile(row) : null;
  }

  /** For workers, which act on a job rather than on a caller's account. */
  async findById(id: string): Promise<(CreatorProfile & { accountId: string }) | null> {
    const rows: CreatorRow[] = await this.db.query(`${SELECT_CREATOR} WHERE c.id = $1`, [id]);
    return rows[0] ? { ...toCreatorProfile(rows[0]), accountId: rows[0].accountId } : null;
  }

  /** A page of the account's creators, newest first, their views as JSON text. */
  async page(
    accountId: string,
    filter: CreatorFilter,
    request: PageRequest,
  ): Promise<PreparedPageResult<CreatorView>> {
    const params: unknown[] = [accountId];
    const conditions = ['c.account_id = $1'];
    if (filter.platform) {
      params.push(filter.platform);
      conditions.push(`c.platform = $${params.length}`);
    }
    if (filter.externalId) {
      params.push(filter.externalId);
      conditions.push(`c.external_id = $${params.length}`);
    }
    // created_at never changes (a reconnect updates connected_at): pages stay stable.
    const keyset = keysetQuery(request, 'c.created_at', 'c.id', params.length + 1);
    // The text varies only with which filters are set, the direction and the page size: a few statements.
    const rows = await preparedQuery<CreatorViewRow>(
      this.db,
      `${SELECT_CREATOR_VIEW} WHERE ${conditions.join(' AND ')} AND ${keyset.condition}
       ORDER BY c.created_at ${keyset.order}, c.id ${keyset.order} LIMIT ${keyset.fetch}`,
      [...params, ...keyset.params],
    );
    // Written as JSON once, here: the gateway sends the text on as it is.
    return keysetJsonPage(rows, request, toCreatorView);
  }

  /** Creators of an account by username (case-insensitive) or by platform id. */
  async findByIdentifiers(
    accountId: string,
    platform: Platform,
    identifiers: string[],
  ): Promise<(CreatorView & { matchedBy: string })[]> {
    if (identifiers.length === 0) return [];
    const rows: (CreatorViewRow & { matchedBy: string })[] = await this.db.query(
      `SELECT m.identifier AS "matchedBy", c.* FROM unnest($3::text[]) AS m(identifier)
       JOIN LATERAL (${SELECT_CREATOR_VIEW}
         WHERE c.account_id = $1 AND c.platform = $2
           AND (lower(c.username) = lower(ltrim(m.identifier, '@')) OR c.external_id = m.identifier)
         LIMIT 1) c ON true`,
      [accountId, platform, identifiers],
    );
    return rows.map((row) => ({ ...toCreatorView(row), matchedBy: row.matchedBy }));
  }

  /**
   * How many accounts have this platform account connected. Every account
   * shares one TikTok app, and TikTok keeps one grant per app and user:
   * revoking it cuts off every account that connected the same creator.
   * `exceptCreatorId`, when given, is not counted.
   */
  async countConnections(
    platform: Platform,
    externalId: string,
    exceptCreatorId?: string,
  ): Promise<number> {
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS count FROM creators.creators
       WHERE platform = $1 AND external_id = $2 AND id IS DISTINCT FROM $3::uuid`,
      [platform, externalId, exceptCreatorId ?? null],
    )) as { count: number }[];
    return row.count;
  }

  /** Deletes the creator and, by cascade, its tokens, videos, snapshots and sync state. */
  async delete(accountId: string, id: string, manager: EntityManager): Promise<boolean> {
    const [, affected]: [unknown[], number] = await manager.query(
      'DELETE FROM creators.creators WHERE account_id = $1 AND id = $2 RETURNING id',
      [accountId, id],
    );
    return affected > 0;
  }

  private async findRow(accountId: string, id: string): Promise<CreatorRow | null> {
    const rows = await preparedQuery<CreatorRow>(
      this.db,
      `${SELECT_CREATOR} WHERE c.account_id = $1 AND c.id = $2`,
      [accountId, id],
    );
    return rows[0] ?? null;
  }
}
