// identity's two reads on these routes, with its SQL (apps/identity:
// api-keys.repository.ts, accounts.repository.ts): a key found by its HMAC
// for verification, and the account and the key's view for "who am I".
import type { CredentialOwner, Permission, Principal, WhoAmI } from '@tally/contracts';
import { createHmac } from 'node:crypto';
import type { Database } from './database.js';
import type { VerifyKeyAnswer } from './messages.js';

interface KeyForVerification {
  id: string;
  accountId: string;
  type: 'secret' | 'publishable';
  environment: Principal['environment'];
  allowedOrigins: string[];
  ownerUserId: string;
  disabled: boolean;
  expiresAt: Date;
  revokedAt: Date | null;
  permissions: Permission[];
}

interface KeyViewRow {
  name: string;
  owner: CredentialOwner;
  metadata: Record<string, unknown>;
  roles: { id: string; name: string; permissions: Permission[] }[];
}

const USER_IS_ACTIVE = (alias: string) =>
  `(${alias}.disabled_at IS NULL AND ${alias}.deleted_at IS NULL)`;

const SELECT_KEY_FOR_VERIFICATION = `SELECT k.id, k.account_id AS "accountId", k.type, k.environment, k.allowed_origins AS "allowedOrigins",
              k.owner_user_id AS "ownerUserId", k.expires_at AS "expiresAt", k.revoked_at AS "revokedAt",
              (k.disabled_at IS NOT NULL OR NOT ${USER_IS_ACTIVE('o')}) AS disabled,
              COALESCE((SELECT array_agg(DISTINCT p ORDER BY p) FROM identity.api_key_roles kr
                        JOIN identity.roles r ON r.id = kr.role_id, unnest(r.permissions) p
                        WHERE kr.key_id = k.id), '{}') AS permissions
       FROM identity.api_keys k JOIN identity.users o ON o.id = k.owner_user_id
       WHERE k.hash = $1`;

// identity reads the key's whole view for "who am I"; the answer shows its name, metadata, owner and roles.
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
         k.disabled_at AS "disabledAt", k.metadata, (SELECT json_build_object('id', o.id, 'kind', o.kind, 'name', COALESCE(o.email, o.name),
                                    'enabled', ${USER_IS_ACTIVE('o')})
           FROM identity.users o WHERE o.id = k.owner_user_id) AS owner,
         COALESCE((SELECT json_agg(json_build_object('id', r.id, 'name', r.name, 'permissions', r.permissions) ORDER BY r.name)
                   FROM identity.api_key_roles kr JOIN identity.roles r ON r.id = kr.role_id
                   WHERE kr.key_id = k.id), '[]') AS roles
  FROM identity.api_keys k WHERE k.account_id = $1 AND k.id = $2`;

const SELECT_ACCOUNT = 'SELECT id, name FROM identity.accounts WHERE id = $1';

export class IdentityReads {
  constructor(
    private readonly db: Database,
    private readonly keyHashSecret: string,
  ) {}

  /** The key's principal, or why it is refused (the caller has checked its checksum). */
  async verify(key: string): Promise<VerifyKeyAnswer> {
    const hash = createHmac('sha256', this.keyHashSecret).update(key).digest();
    const [row] = await this.db.rows<KeyForVerification>(SELECT_KEY_FOR_VERIFICATION, [hash]);
    if (!row) return { valid: false, reason: 'unknown' };
    if (row.revokedAt) return { valid: false, reason: 'revoked' };
    if (row.expiresAt.getTime() <= Date.now()) return { valid: false, reason: 'expired' };
    if (row.disabled) return { valid: false, reason: 'disabled' };
    const principal: Principal = {
      accountId: row.accountId,
      credentialType: row.type === 'secret' ? 'secret_key' : 'publishable_key',
      credentialId: row.id,
      environment: row.environment,
      permissions: row.permissions,
      expiresAt: row.expiresAt.toISOString(),
      userId: row.ownerUserId,
      ...(row.type === 'publishable' ? { allowedOrigins: row.allowedOrigins } : {}),
    };
    return { valid: true, principal };
  }

  /** Who a key is; undefined when its account or the key itself is gone. */
  async whoAmI(principal: Principal): Promise<WhoAmI | undefined> {
    const [[account], [key]] = await Promise.all([
      this.db.rows<{ id: string; name: string }>(SELECT_ACCOUNT, [principal.accountId]),
      this.db.rows<KeyViewRow>(SELECT_KEY, [principal.accountId, principal.credentialId]),
    ]);
    if (!account || !key) return undefined;
    return {
      account,
      credential: {
        type: principal.credentialType,
        id: principal.credentialId,
        name: key.name,
        metadata: key.metadata,
        owner: key.owner,
      },
      user: null,
      roles: key.roles.map(({ id, name }) => ({ id, name })),
      permissions: principal.permissions,
      environment: principal.environment,
      expiresAt: principal.expiresAt,
    };
  }
}
