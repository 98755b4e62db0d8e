import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface PasswordResetRow {
  id: string;
  userId: string;
  accountId: string;
  expiresAt: Date;
  usedAt: Date | null;
  userActive: boolean;
}

@Injectable()
export class PasswordResetsRepository {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  /** Records a new link, and forgets the user's links that expired over a day ago. */
  async insert(userId: string, tokenHash: Buffer, expiresAt: Date): Promise<void> {
    await this.db.query(
      `WITH forgotten AS (
         DELETE FROM identity.password_resets
         WHERE user_id = $1 AND expires_at < now() - interval '1 day')
       INSERT INTO identity.password_resets (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`,
      [userId, tokenHash, expiresAt],
    );
  }

  /** How many links the user was sent since `since`: requests beyond a few an hour send nothing. */
  async countSince(userId: string, since: Date): Promise<number> {
    const [row] = await this.db.query(
      'SELECT count(*)::int AS sent FROM identity.password_resets WHERE user_id = $1 AND created_at >= $2',
      [userId, since],
    );
    return (row as { sent: number }).sent;
  }

  /** The reset of this link, locked until the transaction ends. */
  async lockByToken(tokenHash: Buffer, manager: EntityManager): Promise<PasswordResetRow | null> {
    const rows: PasswordResetRow[] = await manager.query(
      `SELECT r.id, r.user_id AS "userId", u.account_id AS "accountId", r.expires_at AS "expiresAt",
              r.used_at AS "usedAt",
              (u.kind = 'human' AND u.disabled_at IS NULL AND u.deleted_at IS NULL) AS "userActive"
       FROM identity.password_resets r JOIN identity.users u ON u.id = r.user_id
       WHERE r.token_hash = $1 FOR UPDATE OF r`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  /** Uses up every outstanding link of the user (the one followed, and any older one). */
  async useAllOf(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      'UPDATE identity.password_resets SET used_at = now() WHERE user_id = $1 AND used_at IS NULL',
      [userId],
    );
  }
}
