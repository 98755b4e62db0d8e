import {
  CreatorConnections,
  CREATORS_SCHEMA,
  CreatorsRepository,
  creatorsDatabaseOptions,
  PendingRevocationsRepository,
  PlatformTokensRepository,
  TokenCipher,
  type TokenKeyring,
  UNREAD_PROFILE,
} from '@tally/creators-data';
import { runMigrations } from '@tally/nest-kit';
import type { TikTokTokens } from '@tally/tiktok';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface SyncStateRow {
  jobId: string;
  status: string;
  videos: number | null;
  error: string | null;
}

/**
 * The creators schema as the creators service leaves it: migrated, with
 * creators and their sealed tokens. Every creator gets an account of its own.
 */
export class CreatorsDatabase {
  readonly creators: CreatorsRepository;
  readonly tokens: PlatformTokensRepository;
  readonly revocations: PendingRevocationsRepository;
  private readonly connections: CreatorConnections;

  private constructor(
    readonly dataSource: DataSource,
    keyring: TokenKeyring,
  ) {
    const cipher = new TokenCipher(keyring);
    this.creators = new CreatorsRepository(dataSource);
    this.tokens = new PlatformTokensRepository(dataSource, cipher);
    this.revocations = new PendingRevocationsRepository(dataSource, cipher);
    this.connections = new CreatorConnections(dataSource, this.creators, this.tokens);
  }

  static async open(
    keyring: TokenKeyring,
    url = process.env.DATABASE_URL as string,
  ): Promise<CreatorsDatabase> {
    const dataSource = await new DataSource(
      creatorsDatabaseOptions(url, 2, 'tally-sync-worker-tests'),
    ).initialize();
    await runMigrations(dataSource, CREATORS_SCHEMA);
    return new CreatorsDatabase(dataSource, keyring);
  }

  /** A connected creator with its tokens, as the connect callback stores it. */
  async addCreator(
    username: string,
    tokens: TikTokTokens,
  ): Promise<{ id: string; accountId: string }> {
    const accountId = randomUUID();
    const { id } = await this.connections.store(
      {
        accountId,
        platform: 'TIKTOK',
        externalUserId: null,
        profile: { ...UNREAD_PROFILE, username },
      },
      tokens,
    );
    return { id, accountId };
  }

  async addPendingRevocation(tokens: TikTokTokens): Promise<string> {
    return this.revocations.add(
      { accountId: randomUUID(), platform: 'TIKTOK', externalId: tokens.externalUserId, tokens },
      this.dataSource.manager,
    );
  }

  async videoIds(creatorId: string): Promise<string[]> {
    const rows: { externalId: string }[] = await this.dataSource.query(
      'SELECT external_id AS "externalId" FROM creators.videos WHERE creator_id = $1',
      [creatorId],
    );
    return rows.map((row) => row.externalId);
  }

  /** When each video row was last written. */
  async videoWrites(creatorId: string): Promise<Record<string, string>> {
    const rows: { externalId: string; updatedAt: Date }[] = await this.dataSource.query(
      `SELECT external_id AS "externalId", updated_at AS "updatedAt"
       FROM creators.videos WHERE creator_id = $1`,
      [creatorId],
    );
    return Object.fromEntries(rows.map((row) => [row.externalId, row.updatedAt.toISOString()]));
  }

  /** Rows of the creator's videos, and how many distinct platform ids they hold. */
  async videoRows(creatorId: string): Promise<{ rows: number; distinct: number }> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS rows, count(DISTINCT external_id)::int AS distinct
       FROM creators.videos WHERE creator_id = $1`,
      [creatorId],
    )) as { rows: number; distinct: number }[];
    return row;
  }

  /** As if the creator's last sync finished at `at` (null: never synced). */
  async setLastSyncedAt(creatorId: string, at: Date | null): Promise<void> {
    await this.dataSource.query('UPDATE creators.creators SET last_synced_at = $2 WHERE id = $1', [
      creatorId,
      at,
    ]);
  }

  async lastSyncedAt(creatorId: string): Promise<Date | null> {
    const rows: { lastSyncedAt: Date | null }[] = await this.dataSource.query(
      'SELECT last_synced_at AS "lastSyncedAt" FROM creators.creators WHERE id = $1',
      [creatorId],
    );
    return rows[0]?.lastSyncedAt ?? null;
  }

  async snapshotCount(creatorId: string): Promise<number> {
    const [row] = (await this.dataSource.query(
      'SELECT count(*)::int AS count FROM creators.stats_snapshots WHERE creator_id = $1',
      [creatorId],
    )) as { count: number }[];
    return row.count;
  }

  async syncState(creatorId: string): Promise<SyncStateRow | undefined> {
    const rows: SyncStateRow[] = await this.dataSource.query(
      `SELECT job_id AS "jobId", status, videos, error FROM creators.sync_state WHERE creator_id = $1`,
      [creatorId],
    );
    return rows[0];
  }

  async pendingRevocation(
    id: string,
  ): Promise<{ attempts: number; lastError: string | null } | undefined> {
    const rows: { attempts: number; lastError: string | null }[] = await this.dataSource.query(
      `SELECT attempts, last_error AS "lastError" FROM creators.pending_revocations WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  async deleteCreator(accountId: string, creatorId: string): Promise<void> {
    await this.creators.delete(accountId, creatorId, this.dataSource.manager);
  }

  async close(): Promise<void> {
    await this.dataSource.destroy();
  }
}
