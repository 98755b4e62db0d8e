import type {
  CredentialMetadata,
  CredentialOwner,
  Environment,
  OAuthClientView,
  PageRequest,
  PageResult,
  Permission,
} from '@tally/contracts';
import { keysetPage, keysetQuery } from '@tally/nest-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  CredentialSettings,
  updateCredentialSettings,
} from '../credentials/credential-settings.js';
import { ownerJsonColumn } from '../users/owner-columns.js';

interface ClientRow {
  id: string;
  sortValue: string;
  clientId: string;
  accountId: string;
  name: string;
  environment: Environment;
  secretHash: Buffer;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  disabledAt: Date | null;
  owner: CredentialOwner;
  metadata: CredentialMetadata;
  roles: { id: string; name: string; permissions: Permission[] }[];
}

const SELECT_CLIENT = `
  SELECT c.id, c.created_at::text AS "sortValue", c.client_id AS "clientId", c.account_id AS "accountId", c.name,
         c.environment, c.secret_hash AS "secretHash", c.created_at AS "createdAt", c.last_used_at AS "lastUsedAt",
         c.revoked_at AS "revokedAt", c.disabled_at AS "disabledAt", c.metadata,
         ${ownerJsonColumn('c.owner_user_id')},
         COALESCE((SELECT json_agg(json_build_object('id', r.id, 'name', r.name, 'permissions', r.permissions) ORDER BY r.name)
                   FROM identity.oauth_client_roles cr JOIN identity.roles r ON r.id = cr.role_id
                   WHERE cr.client_id = c.id), '[]') AS roles
  FROM identity.oauth_clients c`;

export type OAuthClientRecord = ClientRow & {
  permissions: Permission[];
  /** Paused, or its owner is disabled or deleted: it gets no tokens. */
  disabled: boolean;
};

function withPermissions(row: ClientRow): OAuthClientRecord {
  return {
    ...row,
    permissions: [...new Set(row.roles.flatMap((role) => role.permissions))].sort(),
    disabled: row.disabledAt !== null || !row.owner.enabled,
  };
}

export function toClientView(row: ClientRow): OAuthClientView {
  const { permissions } = withPermissions(row);
  return {
    id: row.id,
    clientId: row.clientId,
    name: row.name,
    environment: row.environment,
    roles: row.roles.map(({ id, name }) => ({ id, name })),
    permissions,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    enabled: row.disabledAt === null,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    owner: row.owner,
    metadata: row.metadata,
  };
}

@Injectable()
export class OAuthClientsRepository {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async insert(
    client: {
      accountId: string;
      clientId: string;
      secretHash: Buffer;
      name: string;
      environment: Environment;
      createdByUserId: string | null;
      createdByKeyId: string | null;
      roleIds: string[];
      ownerUserId: string;
      metadata: CredentialMetadata;
    },
    manager: EntityManager,
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO identity.oauth_clients (account_id, client_id, secret_hash, name, environment,
         created_by_user_id, created_by_key_id, owner_user_id, metadata)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        client.accountId,
        client.clientId,
        client.secretHash,
        client.name,
        client.environment,
        client.createdByUserId,
        client.createdByKeyId,
        client.ownerUserId,
        JSON.stringify(client.metadata),
      ],
    );
    const id = (row as { id: string }).id;
    await manager.query(
      'INSERT INTO identity.oauth_client_roles (client_id, role_id) SELECT $1, unnest($2::uuid[])',
      [id, client.roleIds],
    );
    return id;
  }

  async findView(
    accountId: string,
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<OAuthClientView | null> {
    const rows: ClientRow[] = await manager.query(
      `${SELECT_CLIENT} WHERE c.account_id = $1 AND c.id = $2`,
      [accountId, id],
    );
    return rows[0] ? toClientView(rows[0]) : null;
  }

  async findByClientId(clientId: string): Promise<OAuthClientRecord | null> {
    const rows: ClientRow[] = await this.db.query(`${SELECT_CLIENT} WHERE c.client_id = $1`, [
      clientId,
    ]);
    return rows[0] ? withPermissions(rows[0]) : null;
  }

  async page(accountId: string, request: PageRequest): Promise<PageResult<OAuthClientView>> {
    const keyset = keysetQuery(request, 'c.created_at', 'c.id', 2);
    const rows: ClientRow[] = await this.db.query(
      `${SELECT_CLIENT} WHERE c.account_id = $1 AND ${keyset.condition}
       ORDER BY c.created_at ${keyset.order}, c.id ${keyset.order} LIMIT ${keyset.fetch}`,
      [accountId, ...keyset.params],
    );
    return keysetPage(rows, request, toClientView);
  }

  /** Revokes the client if active; returns when it was revoked by this call. */
  async revoke(accountId: string, id: string, manager: EntityManager): Promise<Date | null> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows]: [{ revokedAt: Date }[], number] = await manager.query(
      `UPDATE identity.oauth_clients SET revoked_at = now()
       WHERE account_id = $1 AND id = $2 AND revoked_at IS NULL RETURNING revoked_at AS "revokedAt"`,
      [accountId, id],
    );
    return rows[0]?.revokedAt ?? null;
  }

  /** Applies `changes` to a client that is not revoked (see updateCredentialSettings). */
  update(
    accountId: string,
    id: string,
    changes: CredentialSettings,
    manager: EntityManager,
  ): Promise<{ pausedChanged: boolean } | null> {
    return updateCredentialSettings(manager, 'oauth_clients', accountId, id, changes);
  }

  /** The owner of a client of the account, or null. */
  async ownerOf(
    accountId: string,
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<string | null> {
    const [row] = await manager.query(
      'SELECT owner_user_id AS "ownerUserId" FROM identity.oauth_clients WHERE account_id = $1 AND id = $2',
      [accountId, id],
    );
    return (row as { ownerUserId: string } | undefined)?.ownerUserId ?? null;
  }

  /** The owner's clients that are neither revoked nor paused. */
  async activeIdsOwnedBy(
    ownerUserId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM identity.oauth_clients
       WHERE owner_user_id = $1 AND revoked_at IS NULL AND disabled_at IS NULL`,
      [ownerUserId],
    );
    return rows.map((row) => row.id);
  }

  /** Revokes every client of the owner; returns what was revoked. */
  async revokeOwnedBy(
    ownerUserId: string,
    manager: EntityManager,
  ): Promise<{ id: string; name: string; revokedAt: Date }[]> {
    const [rows]: [{ id: string; name: string; revokedAt: Date }[], number] = await manager.query(
      `UPDATE identity.oauth_clients SET revoked_at = now()
       WHERE owner_user_id = $1 AND revoked_at IS NULL
       RETURNING id, name, revoked_at AS "revokedAt"`,
      [ownerUserId],
    );
    return rows;
  }

  async recordUse(id: string): Promise<void> {
    await this.db.query(
      `UPDATE identity.oauth_clients SET last_used_at = now()
       WHERE id = $1 AND (last_used_at IS NULL OR last_used_at <= now() - interval '60 seconds')`,
      [id],
    );
  }

  async revokedSince(since: Date): Promise<{ id: string; revokedAt: Date }[]> {
    return this.db.query(
      'SELECT id, revoked_at AS "revokedAt" FROM identity.oauth_clients WHERE revoked_at >= $1',
      [since],
    );
  }
}
