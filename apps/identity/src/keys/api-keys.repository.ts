import type {
  ApiKeyType,
  ApiKeyView,
  CredentialMetadata,
  CredentialOwner,
  Environment,
  KeyCreator,
  KeyListFilter,
  PageRequest,
  PageResult,
  Permission,
} from '@tally/contracts';
import { keysetPage, keysetQuery, preparedQuery } from '@tally/nest-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  CredentialSettings,
  updateCredentialSettings,
} from '../credentials/credential-settings.js';
import { ownerJsonColumn, USER_IS_ACTIVE } from '../users/owner-columns.js';

export interface NewApiKey {
  accountId: string;
  name: string;
  type: ApiKeyType;
  environment: Environment;
  start: string;
  hash: Buffer;
  allowedOrigins: string[];
  createdBy: KeyCreatorRef;
  expiresAt: Date;
  roleIds: string[];
  ownerUserId: string;
  metadata: CredentialMetadata;
}

/** The credential that creates a key, as it is stored: exactly one of them, or the operator CLI. */
export type KeyCreatorRef =
  | { type: 'user'; userId: string | null }
  | { type: 'key'; keyId: string }
  | { type: 'oauth_client'; clientId: string }
  | { type: 'system' };

interface KeyRow {
  id: string;
  sortValue: string;
  accountId: string;
  name: string;
  start: string;
  type: ApiKeyType;
  environment: Environment;
  allowedOrigins: string[];
  createdByType: KeyCreator['type'];
  createdByUserId: string | null;
  createdByKeyId: string | null;
  createdByOAuthClientId: string | null;
  creatorEmail: string | null;
  creatorKey: { name: string; start: string } | null;
  creatorClientName: string | null;
  replacedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  disabledAt: Date | null;
  owner: CredentialOwner;
  metadata: CredentialMetadata;
  roles: { id: string; name: string; permissions: Permission[] }[];
}

/** What verification needs, in one indexed lookup. */
export interface KeyForVerification {
  id: string;
  accountId: string;
  type: ApiKeyType;
  environment: Environment;
  allowedOrigins: string[];
  ownerUserId: string;
  /** Paused, or its owner is disabled or deleted. */
  disabled: boolean;
  expiresAt: Date;
  revokedAt: Date | null;
  permissions: Permission[];
}

const SELECT_KEY = `
  SELECT k.id, k.created_at::text AS "sortValue", k.account_id AS "accountId", k.name, k.start, k.type, k.environment,
         k.allowed_origins AS "allowedOrigins", k.created_by_type AS "createdByType",
         k.created_by_user_id AS "createdByUserId", k.created_by_key_id AS "createdByKeyId",
         k.created_by_oauth_client_id AS "createdByOAuthClientId",
         (SELECT u.email FROM identity.users u WHERE u.id = k.created_by_user_id) AS "creatorEmail",
         (SELECT json_build_object('name', ck.name, 'start', ck.start) FROM identity.api_keys ck
          WHERE ck.id = k.created_by_key_id) AS "creatorKey",
         (SELECT c.name FROM identity.oauth_clients c WHERE c.id = k.created_by_oauth_client_id) AS "creatorClientName",
         k.replaced_by_key_id AS "replacedBy", k.created_at AS "createdAt",
         k.expires_at AS "expiresAt", k.revoked_at AS "revokedAt", k.last_used_at AS "lastUsedAt",
         k.disabled_at AS "disabledAt", k.metadata, ${ownerJsonColumn('k.owner_user_id')},
         COALESCE((SELECT json_agg(json_build_object('id', r.id, 'name', r.name, 'permissions', r.permissions) ORDER BY r.name)
                   FROM identity.api_key_roles kr JOIN identity.roles r ON r.id = kr.role_id
                   WHERE kr.key_id = k.id), '[]') AS roles
  FROM identity.api_keys k`;

/**
 * What `/users/me` shows of a key (name, metadata, owner, roles by name) and
 * its account's name (null when the account is gone): only that, since every
 * `/users/me` of a key reads it.
 */
const SELECT_KEY_DESCRIPTION = `
  SELECT k.name, k.metadata, ${ownerJsonColumn('k.owner_user_id')},
         COALESCE((SELECT json_agg(json_build_object('id', r.id, 'name', r.name) ORDER BY r.name)
                   FROM identity.api_key_roles kr JOIN identity.roles r ON r.id = kr.role_id
                   WHERE kr.key_id = k.id), '[]') AS roles,
         a.name AS "accountName"
  FROM identity.api_keys k LEFT JOIN identity.accounts a ON a.id = k.account_id`;

/** A key as `/users/me` describes it, with its account's name. */
export interface KeyDescription {
  name: string;
  metadata: CredentialMetadata;
  owner: CredentialOwner;
  roles: { id: string; name: string }[];
  accountName: string | null;
}

function creatorOf(row: KeyRow): KeyCreator {
  switch (row.createdByType) {
    case 'user':
      return { type: 'user', id: row.createdByUserId, email: row.creatorEmail };
    case 'key':
      return {
        type: 'key',
        id: row.createdByKeyId,
        name: row.creatorKey?.name ?? null,
        start: row.creatorKey?.start ?? null,
      };
    case 'oauth_client':
      return { type: 'oauth_client', id: row.createdByOAuthClientId, name: row.creatorClientName };
    default:
      return { type: 'system', id: null };
  }
}

export function toKeyView(row: KeyRow): ApiKeyView {
  const permissions = [...new Set(row.roles.flatMap((role) => role.permissions))].sort();
  return {
    id: row.id,
    name: row.name,
    start: row.start,
    type: row.type,
    environment: row.environment,
    roles: row.roles.map(({ id, name }) => ({ id, name })),
    permissions,
    allowedOrigins: row.allowedOrigins,
    createdAt: row.createdAt.toISOString(),
    createdBy: creatorOf(row),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    replacedBy: row.replacedBy,
    enabled: row.disabledAt === null,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    owner: row.owner,
    metadata: row.metadata,
  };
}

@Injectable()
export class ApiKeysRepository {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async insert(key: NewApiKey, manager: EntityManager): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO identity.api_keys
         (account_id, name, type, environment, start, hash, allowed_origins, created_by_type,
          created_by_user_id, created_by_key_id, created_by_oauth_client_id, expires_at,
          owner_user_id, metadata)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        key.accountId,
        key.name,
        key.type,
        key.environment,
        key.start,
        key.hash,
        key.allowedOrigins,
        key.createdBy.type,
        key.createdBy.type === 'user' ? key.createdBy.userId : null,
        key.createdBy.type === 'key' ? key.createdBy.keyId : null,
        key.createdBy.type === 'oauth_client' ? key.createdBy.clientId : null,
        key.expiresAt,
        key.ownerUserId,
        JSON.stringify(key.metadata),
      ],
    );
    const id = (row as { id: string }).id;
    await manager.query(
      'INSERT INTO identity.api_key_roles (key_id, role_id) SELECT $1, unnest($2::uuid[])',
      [id, key.roleIds],
    );
    return id;
  }

  /** A key of the account; outside a transaction (every `/users/me` of a key), a prepared statement. */
  async findView(
    accountId: string,
    id: string,
    manager?: EntityManager,
  ): Promise<ApiKeyView | null> {
    const text = `${SELECT_KEY} WHERE k.account_id = $1 AND k.id = $2`;
    const rows: KeyRow[] = manager
      ? await manager.query(text, [accountId, id])
      : await preparedQuery<KeyRow>(this.db, text, [accountId, id]);
    return rows[0] ? toKeyView(rows[0]) : null;
  }

  /** A key of the account as `/users/me` describes it, in one round trip; null when there is none. */
  async findDescription(accountId: string, id: string): Promise<KeyDescription | null> {
    const [row] = await preparedQuery<KeyDescription>(
      this.db,
      `${SELECT_KEY_DESCRIPTION} WHERE k.account_id = $1 AND k.id = $2`,
      [accountId, id],
    );
    return row ?? null;
  }

  /** Ids of the account's keys that still work, were made by the operator CLI and bear `name`. */
  async activeSystemKeysNamed(accountId: string, name: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM identity.api_keys
       WHERE account_id = $1 AND name = $2 AND created_by_type = 'system'
         AND revoked_at IS NULL AND expires_at > now()
       ORDER BY created_at`,
      [accountId, name],
    );
    return rows.map((row) => row.id);
  }

  async page(
    accountId: string,
    request: PageRequest,
    filter: KeyListFilter = {},
  ): Promise<PageResult<ApiKeyView>> {
    const keyset = keysetQuery(request, 'k.created_at', 'k.id', 3);
    const rows: KeyRow[] = await this.db.query(
      `${SELECT_KEY} WHERE k.account_id = $1 AND ($2::uuid IS NULL OR k.owner_user_id = $2)
         AND ${keyset.condition}
       ORDER BY k.created_at ${keyset.order}, k.id ${keyset.order} LIMIT ${keyset.fetch}`,
      [accountId, filter.ownerUserId ?? null, ...keyset.params],
    );
    return keysetPage(rows, request, toKeyView);
  }

  async findForVerification(hash: Buffer): Promise<KeyForVerification | null> {
    const rows = await preparedQuery<KeyForVerification>(
      this.db,
      `SELECT k.id, k.account_id AS "accountId", k.type, k.environment, k.allowed_origins AS "allowedOrigins",
              k.owner_user_id AS "ownerUserId", k.expires_at AS "expiresAt", k.revoked_at AS "revokedAt",
              (k.disabled_at IS NOT NULL OR NOT ${USER_IS_ACTIVE('o')}) AS disabled,
              COALESCE((SELECT array_agg(DISTINCT p ORDER BY p) FROM identity.api_key_roles kr
                        JOIN identity.roles r ON r.id = kr.role_id, unnest(r.permissions) p
                        WHERE kr.key_id = k.id), '{}') AS permissions
       FROM identity.api_keys k JOIN identity.users o ON o.id = k.owner_user_id
       WHERE k.hash = $1`,
      [hash],
    );
    return rows[0] ?? null;
  }

  /** Revokes the key if it is active; returns when this call revoked it, null when it did not. */
  async revoke(
    accountId: string,
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<Date | null> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows]: [{ revokedAt: Date }[], number] = await manager.query(
      `UPDATE identity.api_keys SET revoked_at = now()
       WHERE account_id = $1 AND id = $2 AND revoked_at IS NULL RETURNING revoked_at AS "revokedAt"`,
      [accountId, id],
    );
    return rows[0]?.revokedAt ?? null;
  }

  /** Applies `changes` to a key that is not revoked (see updateCredentialSettings). */
  update(
    accountId: string,
    id: string,
    changes: CredentialSettings,
    manager: EntityManager,
  ): Promise<{ pausedChanged: boolean } | null> {
    return updateCredentialSettings(manager, 'api_keys', accountId, id, changes);
  }

  /** The owner's keys that still work, for the gateways to drop when the owner changes. */
  async activeIdsOwnedBy(
    ownerUserId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<{ id: string; expiresAt: Date }[]> {
    return manager.query(
      `SELECT id, expires_at AS "expiresAt" FROM identity.api_keys
       WHERE owner_user_id = $1 AND revoked_at IS NULL AND expires_at > now()`,
      [ownerUserId],
    );
  }

  /** Revokes every active key of the owner; returns what was revoked. */
  async revokeOwnedBy(
    ownerUserId: string,
    manager: EntityManager,
  ): Promise<{ id: string; name: string; start: string; revokedAt: Date }[]> {
    const [rows]: [{ id: string; name: string; start: string; revokedAt: Date }[], number] =
      await manager.query(
        `UPDATE identity.api_keys SET revoked_at = now()
         WHERE owner_user_id = $1 AND revoked_at IS NULL
         RETURNING id, name, start, revoked_at AS "revokedAt"`,
        [ownerUserId],
      );
    return rows;
  }

  /** Points the old key at its replacement and lets it live until the end of the grace period at most. */
  async retireForRoll(
    oldId: string,
    newId: string,
    graceUntil: Date,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE identity.api_keys SET replaced_by_key_id = $2, expires_at = LEAST(expires_at, $3)
       WHERE id = $1`,
      [oldId, newId, graceUntil],
    );
  }

  async lockActive(accountId: string, id: string, manager: EntityManager): Promise<KeyRow | null> {
    const rows: KeyRow[] = await manager.query(
      `${SELECT_KEY} WHERE k.account_id = $1 AND k.id = $2 FOR UPDATE OF k`,
      [accountId, id],
    );
    return rows[0] ?? null;
  }

  /** Writes last uses, at most once a minute per key whatever the number of gateways. */
  async recordUses(uses: { keyId: string; at: Date }[]): Promise<void> {
    if (uses.length === 0) return;
    await this.db.query(
      `UPDATE identity.api_keys k SET last_used_at = u.at
       FROM unnest($1::uuid[], $2::timestamptz[]) AS u(id, at)
       WHERE k.id = u.id AND (k.last_used_at IS NULL OR k.last_used_at <= u.at - interval '60 seconds')`,
      [uses.map((use) => use.keyId), uses.map((use) => use.at)],
    );
  }
}

export type { KeyRow };
