import type { PlatformId, PlatformTokens, StoredGrant } from '@tally/platform-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { TokenCipher } from '@tally/nest-kit';

export interface PendingRevocation {
  id: string;
  accountId: string;
  platform: PlatformId;
  externalId: string;
  tokens: StoredGrant;
  attempts: number;
}

interface RevocationRow {
  id: string;
  accountId: string;
  platform: PlatformId;
  externalId: string;
  keyId: string;
  accessToken: Buffer;
  refreshToken: Buffer | null;
  accessExpiresAt: Date;
  refreshExpiresAt: Date | null;
  attempts: number;
}

/**
 * Grants still to revoke upstream after their creator was deleted (the platform
 * was unreachable at disconnect time). The tokens stay sealed, bound to the row id.
 */
export class PendingRevocationsRepository {
  constructor(
    private readonly db: DataSource,
    private readonly cipher: TokenCipher,
  ) {}

  async add(
    revocation: Omit<PendingRevocation, 'id' | 'attempts' | 'tokens'> & { tokens: PlatformTokens },
    manager: EntityManager,
  ): Promise<string> {
    const [{ id }] = (await manager.query('SELECT gen_random_uuid() AS id')) as { id: string }[];
    const access = this.cipher.seal(revocation.tokens.accessToken, id);
    const refresh = this.sealRefreshToken(revocation.tokens, id);
    await manager.query(
      `INSERT INTO creators.pending_revocations
         (id, account_id, platform, external_id, key_id, access_token, refresh_token, access_expires_at, refresh_expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        id,
        revocation.accountId,
        revocation.platform,
        revocation.externalId,
        access.keyId,
        access.sealed,
        refresh,
        revocation.tokens.accessTokenExpiresAt,
        revocation.tokens.refreshTokenExpiresAt,
      ],
    );
    return id;
  }

  async find(id: string): Promise<PendingRevocation | null> {
    const rows: RevocationRow[] = await this.db.query(
      `SELECT id, account_id AS "accountId", platform, external_id AS "externalId", key_id AS "keyId",
              access_token AS "accessToken", refresh_token AS "refreshToken",
              access_expires_at AS "accessExpiresAt", refresh_expires_at AS "refreshExpiresAt", attempts
       FROM creators.pending_revocations WHERE id = $1`,
      [id],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      accountId: row.accountId,
      platform: row.platform,
      externalId: row.externalId,
      attempts: row.attempts,
      tokens: {
        platform: row.platform,
        externalUserId: row.externalId,
        scopes: [],
        accessToken: this.cipher.open({ keyId: row.keyId, sealed: row.accessToken }, row.id),
        accessTokenExpiresAt: row.accessExpiresAt,
        refreshToken:
          row.refreshToken === null
            ? null
            : this.cipher.open({ keyId: row.keyId, sealed: row.refreshToken }, row.id),
        refreshTokenExpiresAt: row.refreshExpiresAt,
        tokenType: 'Bearer',
      },
    };
  }

  /** After a refresh the revocation must use the new tokens: the old refresh token is dead. */
  async replaceTokens(id: string, tokens: PlatformTokens): Promise<void> {
    const access = this.cipher.seal(tokens.accessToken, id);
    const refresh = this.sealRefreshToken(tokens, id);
    await this.db.query(
      `UPDATE creators.pending_revocations SET key_id = $2, access_token = $3, refresh_token = $4,
         access_expires_at = $5, refresh_expires_at = $6 WHERE id = $1`,
      [
        id,
        access.keyId,
        access.sealed,
        refresh,
        tokens.accessTokenExpiresAt,
        tokens.refreshTokenExpiresAt,
      ],
    );
  }

  async recordFailure(id: string, reason: string): Promise<void> {
    await this.db.query(
      'UPDATE creators.pending_revocations SET attempts = attempts + 1, last_error = $2 WHERE id = $1',
      [id, reason.slice(0, 500)],
    );
  }

  async remove(id: string): Promise<void> {
    await this.db.query('DELETE FROM creators.pending_revocations WHERE id = $1', [id]);
  }

  /** A grant may have no refresh token (Instagram's): none is stored then. */
  private sealRefreshToken(tokens: PlatformTokens, id: string): Buffer | null {
    return tokens.refreshToken === null ? null : this.cipher.seal(tokens.refreshToken, id).sealed;
  }
}
