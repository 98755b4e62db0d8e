import type { AccountRole, MemberView, PageRequest, PageResult } from '@tally/contracts';
import { keysetPage, keysetQuery } from '@tally/nest-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

interface MemberRow {
  id: string;
  sortValue: string;
  email: string;
  accountRole: AccountRole;
  createdAt: Date;
  lastLoginAt: Date | null;
}

const SELECT_MEMBER = `
  SELECT u.id, u.created_at::text AS "sortValue", u.email, u.account_role AS "accountRole",
         u.created_at AS "createdAt", u.last_login_at AS "lastLoginAt"
  FROM identity.users u`;

/** The people of an account: human users not removed. */
const IS_MEMBER = `u.kind = 'human' AND u.deleted_at IS NULL`;

function toMemberView(row: MemberRow): MemberView {
  return {
    id: row.id,
    email: row.email,
    accountRole: row.accountRole,
    createdAt: row.createdAt.toISOString(),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  };
}

@Injectable()
export class MembersRepository {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async page(accountId: string, request: PageRequest): Promise<PageResult<MemberView>> {
    const keyset = keysetQuery(request, 'u.created_at', 'u.id', 2);
    const rows: MemberRow[] = await this.db.query(
      `${SELECT_MEMBER} WHERE u.account_id = $1 AND ${IS_MEMBER} AND ${keyset.condition}
       ORDER BY u.created_at ${keyset.order}, u.id ${keyset.order} LIMIT ${keyset.fetch}`,
      [accountId, ...keyset.params],
    );
    return keysetPage(rows, request, toMemberView);
  }

  async find(
    accountId: string,
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<MemberView | null> {
    const rows: MemberRow[] = await manager.query(
      `${SELECT_MEMBER} WHERE u.account_id = $1 AND u.id = $2 AND ${IS_MEMBER}`,
      [accountId, id],
    );
    return rows[0] ? toMemberView(rows[0]) : null;
  }

  /**
   * Locks the account's owners until the transaction ends and returns their
   * ids: two changes that would each leave one owner cannot both pass.
   */
  async lockOwners(accountId: string, manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT u.id FROM identity.users u
       WHERE u.account_id = $1 AND ${IS_MEMBER} AND u.account_role = 'owner'
       ORDER BY u.id FOR UPDATE`,
      [accountId],
    );
    return rows.map((row) => row.id);
  }

  async isMemberEmail(
    accountId: string,
    email: string,
    manager: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM identity.users u
       WHERE u.account_id = $1 AND lower(u.email) = lower($2) AND ${IS_MEMBER}`,
      [accountId, email],
    );
    return rows.length > 0;
  }

  async setRole(id: string, accountRole: AccountRole, manager: EntityManager): Promise<void> {
    await manager.query('UPDATE identity.users SET account_role = $2 WHERE id = $1', [
      id,
      accountRole,
    ]);
  }

  /** Marks the member removed (a database trigger drops what they own from the gateways' caches). */
  async remove(id: string, manager: EntityManager): Promise<void> {
    await manager.query('UPDATE identity.users SET deleted_at = now() WHERE id = $1', [id]);
  }
}
