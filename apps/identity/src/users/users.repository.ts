import type { AccountRole } from '@tally/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface UserRow {
  id: string;
  accountId: string;
  accountName: string;
  email: string;
  passwordHash: string;
  accountRole: AccountRole;
}

const SELECT_USER = `
  SELECT u.id, u.account_id AS "accountId", a.name AS "accountName", u.email,
         u.password_hash AS "passwordHash", u.account_role AS "accountRole"
  FROM identity.users u JOIN identity.accounts a ON a.id = u.account_id`;

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
    const [row] = await this.db.query(`${SELECT_USER} WHERE lower(u.email) = lower($1)`, [email]);
    return (row as UserRow | undefined) ?? null;
  }

  async findById(id: string): Promise<UserRow | null> {
    const [row] = await this.db.query(`${SELECT_USER} WHERE u.id = $1`, [id]);
    return (row as UserRow | undefined) ?? null;
  }

  async recordLogin(id: string): Promise<void> {
    await this.db.query('UPDATE identity.users SET last_login_at = now() WHERE id = $1', [id]);
  }
}
