import type { AccountRole, UserKind } from '@tally/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { USER_IS_ACTIVE } from './owner-columns.js';

/** A person who signs in (not a service user, not removed). */
export interface UserRow {
  id: string;
  accountId: string;
  accountName: string;
  email: string;
  passwordHash: string;
  accountRole: AccountRole;
}

/** Any user of an account, as ownership checks see it. */
export interface AccountUser {
  id: string;
  kind: UserKind;
  accountRole: AccountRole | null;
  active: boolean;
}

const SELECT_USER = `
  SELECT u.id, u.account_id AS "accountId", a.name AS "accountName", u.email,
         u.password_hash AS "passwordHash", u.account_role AS "accountRole"
  FROM identity.users u JOIN identity.accounts a ON a.id = u.account_id`;

const SIGNS_IN = `u.kind = 'human' AND ${USER_IS_ACTIVE('u')}`;

@Injectable()
export class UsersRepository {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async create(
    user: { accountId: string; email: string; passwordHash: string; accountRole: AccountRole },
    manager: EntityManager = this.db.manager,
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO identity.users (account_id, email, password_hash, account_role)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [user.accountId, user.email, user.passwordHash, user.accountRole],
    );
    return (row as { id: string }).id;
  }

  async findByEmail(email: string): Promise<UserRow | null> {
    const [row] = await this.db.query(
      `${SELECT_USER} WHERE lower(u.email) = lower($1) AND ${SIGNS_IN}`,
      [email],
    );
    return (row as UserRow | undefined) ?? null;
  }

  /** Whether any user, of any account, holds this email now. */
  async emailTaken(email: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      'SELECT 1 FROM identity.users WHERE lower(email) = lower($1) AND deleted_at IS NULL',
      [email],
    );
    return rows.length > 0;
  }

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<UserRow | null> {
    const [row] = await manager.query(`${SELECT_USER} WHERE u.id = $1 AND ${SIGNS_IN}`, [id]);
    return (row as UserRow | undefined) ?? null;
  }

  /** A user of the account, human or service, that has not been deleted. */
  async findInAccount(
    accountId: string,
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<AccountUser | null> {
    const [row] = await manager.query(
      `SELECT u.id, u.kind, u.account_role AS "accountRole", ${USER_IS_ACTIVE('u')} AS active
       FROM identity.users u WHERE u.account_id = $1 AND u.id = $2 AND u.deleted_at IS NULL`,
      [accountId, id],
    );
    return (row as AccountUser | undefined) ?? null;
  }

  /** The account's longest-standing active owner: who owns what the operator CLI creates. */
  async firstOwner(accountId: string, manager: EntityManager = this.db.manager): Promise<string> {
    const [row] = await manager.query(
      `SELECT u.id FROM identity.users u
       WHERE u.account_id = $1 AND u.account_role = 'owner' AND ${SIGNS_IN}
       ORDER BY u.created_at, u.id LIMIT 1`,
      [accountId],
    );
    if (!row) throw new Error(`account ${accountId} has no owner`);
    return (row as { id: string }).id;
  }

  async recordLogin(id: string): Promise<void> {
    await this.db.query('UPDATE identity.users SET last_login_at = now() WHERE id = $1', [id]);
  }

  async setPassword(id: string, passwordHash: string, manager: EntityManager): Promise<void> {
    await manager.query(
      'UPDATE identity.users SET password_hash = $2, password_changed_at = now() WHERE id = $1',
      [id, passwordHash],
    );
  }
}
