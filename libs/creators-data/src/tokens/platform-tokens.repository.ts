import type { PlatformId, PlatformTokens, StoredGrant } from '@tally/platform-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { TokenCipher } from '@tally/nest-kit';

interface TokenRow {
  keyId: string;
  accessToken: Buffer;
  refreshToken: Buffer | null;
  accessExpiresAt: Date;
  refreshExpiresAt: Date | null;
  scopes: string[];
  externalId: string;
  platform: PlatformId;
}

/** A creator's platform tokens, sealed with AES-256-GCM; plaintext never reaches the database. */
export class PlatformTokensRepository {
  constructor(
    private readonly db: DataSource,
    private readonly cipher: TokenCipher,
  ) {}

  /**
   * Replaces the grant in one write: platforms rotate refresh tokens. A grant
   * without a refresh token (Instagram refreshes the access token itself)
   * stores none.
   */
  async store(
    creatorId: string,
    tokens: PlatformTokens,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    const access = this.cipher.seal(tokens.accessToken, creatorId);
    const refresh =
      tokens.refreshToken === null ? null : this.cipher.seal(tokens.refreshToken, creatorId);
    await manager.query(
      `INSERT INTO creators.platform_tokens
         (creator_id, key_id, access_token, refresh_token, access_expires_at, refresh_expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (creator_id) DO UPDATE SET key_id = EXCLUDED.key_id,
         access_token = EXCLUDED.access_token, refresh_token = EXCLUDED.refresh_token,
         access_expires_at = EXCLUDED.access_expires_at, refresh_expires_at = EXCLUDED.refresh_expires_at,
         updated_at = now()`,
      [
        creatorId,
        access.keyId,
        access.sealed,
        refresh?.sealed ?? null,
        tokens.accessTokenExpiresAt,
        tokens.refreshTokenExpiresAt,
      ],
    );
    if (tokens.scopes.length > 0) {
      await manager.query('UPDATE creators.creators SET scopes = $2 WHERE id = $1', [
        creatorId,
        tokens.scopes,
      ]);
    }
  }

  async load(
    creatorId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<StoredGrant | null> {
    const rows: TokenRow[] = await manager.query(
      `SELECT t.key_id AS "keyId", t.access_token AS "accessToken", t.refresh_token AS "refreshToken",
              t.access_expires_at AS "accessExpiresAt", t.refresh_expires_at AS "refreshExpiresAt",
              c.scopes, c.external_id AS "externalId", c.platform
       FROM creators.platform_tokens t JOIN creators.creators c ON c.id = t.creator_id
       WHERE t.creator_id = $1`,
      [creatorId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      platform: row.platform,
      externalUserId: row.externalId,
      scopes: row.scopes,
      accessToken: this.cipher.open({ keyId: row.keyId, sealed: row.accessToken }, creatorId),
      accessTokenExpiresAt: row.accessExpiresAt,
      refreshToken:
        row.refreshToken === null
          ? null
          : this.cipher.open({ keyId: row.keyId, sealed: row.refreshToken }, creatorId),
      refreshTokenExpiresAt: row.refreshExpiresAt,
      tokenType: 'Bearer',
    };
  }
}
