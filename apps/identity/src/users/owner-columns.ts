import type { CredentialOwner } from '@tally/contracts';

/** A user is active until it is disabled or deleted; what it owns works only while it is. */
export const USER_IS_ACTIVE = (alias: string) =>
  `(${alias}.disabled_at IS NULL AND ${alias}.deleted_at IS NULL)`;

/**
 * The owner of a key or client as a JSON column (`owner`), read in the same
 * query as the credential: `ownerIdColumn` is e.g. `k.owner_user_id`.
 */
export function ownerJsonColumn(ownerIdColumn: string): string {
  return `(SELECT json_build_object('id', o.id, 'kind', o.kind, 'name', COALESCE(o.email, o.name),
                                    'enabled', ${USER_IS_ACTIVE('o')})
           FROM identity.users o WHERE o.id = ${ownerIdColumn}) AS owner`;
}

export type { CredentialOwner };
