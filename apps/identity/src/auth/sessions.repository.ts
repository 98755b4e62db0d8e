import type { AccountRole } from '@tally/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

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
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
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
}
