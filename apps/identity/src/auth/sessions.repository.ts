import type { AccountRole } from '@tally/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface ActiveSession {
  id: string;
  userId: string;
  accountId: string;
  accountRole: AccountRole;
  csrfHash: Buffer;
  expiresAt: Date;
}

@Injectable()
export class SessionsRepository {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async create(session: {
    userId: string;
    accountId: string;
    tokenHash: Buffer;
    csrfHash: Buffer;
    expiresAt: Date;
  }): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO identity.sessions (user_id, account_id, token_hash, csrf_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [session.userId, session.accountId, session.tokenHash, session.csrfHash, session.expiresAt],
    );
    return (row as { id: string }).id;
  }

  async findActive(tokenHash: Buffer): Promise<ActiveSession | null> {
    const [row] = await this.db.query(
      `SELECT s.id, s.user_id AS "userId", s.account_id AS "accountId", u.account_role AS "accountRole",
              s.csrf_hash AS "csrfHash", s.expires_at AS "expiresAt"
       FROM identity.sessions s JOIN identity.users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
         AND u.deleted_at IS NULL AND u.disabled_at IS NULL`,
      [tokenHash],
    );
    return (row as ActiveSession | undefined) ?? null;
  }

  /** Ends the session; returns its id when it was active. */
  async revoke(
    tokenHash: Buffer,
  ): Promise<{ id: string; accountId: string; userId: string } | null> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [[row]] = await this.db.query(
      `UPDATE identity.sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL
       RETURNING id, account_id AS "accountId", user_id AS "userId"`,
      [tokenHash],
    );
    return (row as { id: string; accountId: string; userId: string } | undefined) ?? null;
  }

  /** The user's sessions that still work. */
  async activeOf(
    userId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<{ id: string; expiresAt: Date }[]> {
    return manager.query(
      `SELECT id, expires_at AS "expiresAt" FROM identity.sessions
       WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()`,
      [userId],
    );
  }

  /** Ends every active session of the user but `keep`; returns the ids it ended. */
  async revokeAllOf(
    userId: string,
    manager: EntityManager,
    keep: string | null = null,
  ): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE identity.sessions SET revoked_at = now()
       WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2)
       RETURNING id`,
      [userId, keep],
    );
    return rows.map((row) => row.id);
  }
}
