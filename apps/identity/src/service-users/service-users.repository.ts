import type { PageRequest, PageResult, ServiceUserView } from '@tally/contracts';
import { keysetPage, keysetQuery } from '@tally/nest-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

interface ServiceUserRow {
  id: string;
  sortValue: string;
  name: string;
  description: string;
  createdAt: Date;
  disabledAt: Date | null;
  activeKeys: number;
  activeOAuthClients: number;
}

const SELECT_SERVICE_USER = `
  SELECT u.id, u.created_at::text AS "sortValue", u.name, u.description, u.created_at AS "createdAt",
         u.disabled_at AS "disabledAt",
         (SELECT count(*)::int FROM identity.api_keys k
          WHERE k.owner_user_id = u.id AND k.revoked_at IS NULL AND k.expires_at > now()) AS "activeKeys",
         (SELECT count(*)::int FROM identity.oauth_clients c
          WHERE c.owner_user_id = u.id AND c.revoked_at IS NULL) AS "activeOAuthClients"
  FROM identity.users u`;

const IS_SERVICE_USER = `u.kind = 'service' AND u.deleted_at IS NULL`;

function toView(row: ServiceUserRow): ServiceUserView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    enabled: row.disabledAt === null,
    createdAt: row.createdAt.toISOString(),
    disabledAt: row.disabledAt?.toISOString() ?? null,
    activeKeys: row.activeKeys,
    activeOAuthClients: row.activeOAuthClients,
  };
}

/** What a change of a service user may set. */
export interface ServiceUserChanges {
  name?: string;
  description?: string;
  enabled?: boolean;
}

@Injectable()
export class ServiceUsersRepository {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async insert(
    accountId: string,
    user: { name: string; description: string },
    manager: EntityManager,
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO identity.users (account_id, kind, name, description)
       VALUES ($1, 'service', $2, $3) RETURNING id`,
      [accountId, user.name, user.description],
    );
    return (row as { id: string }).id;
  }

  async find(
    accountId: string,
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<ServiceUserView | null> {
    const rows: ServiceUserRow[] = await manager.query(
      `${SELECT_SERVICE_USER} WHERE u.account_id = $1 AND u.id = $2 AND ${IS_SERVICE_USER}`,
      [accountId, id],
    );
    return rows[0] ? toView(rows[0]) : null;
  }

  /** Locks the service user until the transaction ends; false when there is none. */
  async lock(accountId: string, id: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM identity.users u WHERE u.account_id = $1 AND u.id = $2 AND ${IS_SERVICE_USER}
       FOR UPDATE`,
      [accountId, id],
    );
    return rows.length > 0;
  }

  async page(accountId: string, request: PageRequest): Promise<PageResult<ServiceUserView>> {
    const keyset = keysetQuery(request, 'u.created_at', 'u.id', 2);
    const rows: ServiceUserRow[] = await this.db.query(
      `${SELECT_SERVICE_USER} WHERE u.account_id = $1 AND ${IS_SERVICE_USER} AND ${keyset.condition}
       ORDER BY u.created_at ${keyset.order}, u.id ${keyset.order} LIMIT ${keyset.fetch}`,
      [accountId, ...keyset.params],
    );
    return keysetPage(rows, request, toView);
  }

  async update(id: string, changes: ServiceUserChanges, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE identity.users u SET
         name = COALESCE($2, u.name),
         description = COALESCE($3, u.description),
         disabled_at = CASE WHEN $4::boolean IS NULL THEN u.disabled_at
                            WHEN $4 THEN NULL
                            ELSE COALESCE(u.disabled_at, now()) END
       WHERE u.id = $1`,
      [id, changes.name ?? null, changes.description ?? null, changes.enabled ?? null],
    );
  }

  async remove(id: string, manager: EntityManager): Promise<void> {
    await manager.query('UPDATE identity.users SET deleted_at = now() WHERE id = $1', [id]);
  }
}
