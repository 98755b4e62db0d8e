import type { CredentialMetadata } from '@tally/contracts';
import type { EntityManager } from 'typeorm';

/** What a customer changes on a key or an OAuth client (`PATCH`). */
export interface CredentialSettings {
  enabled?: boolean;
  name?: string;
  metadata?: CredentialMetadata;
}

/**
 * Applies `changes` to an API key or an OAuth client that is not revoked;
 * says whether it was paused or enabled by this change, or null when there
 * is no such credential. Unset fields keep their values.
 */
export async function updateCredentialSettings(
  manager: EntityManager,
  table: 'api_keys' | 'oauth_clients',
  accountId: string,
  id: string,
  changes: CredentialSettings,
): Promise<{ pausedChanged: boolean } | null> {
  // TypeORM answers an UPDATE with [rows, affected count]; `before` is the row as it was.
  const [rows]: [{ pausedChanged: boolean }[], number] = await manager.query(
    `UPDATE identity.${table} c SET
       name = COALESCE($3, c.name),
       metadata = COALESCE($4::jsonb, c.metadata),
       disabled_at = CASE WHEN $5::boolean IS NULL THEN c.disabled_at
                          WHEN $5 THEN NULL
                          ELSE COALESCE(c.disabled_at, now()) END
     FROM identity.${table} before
     WHERE before.id = c.id AND c.account_id = $1 AND c.id = $2 AND c.revoked_at IS NULL
     RETURNING (before.disabled_at IS NULL) IS DISTINCT FROM (c.disabled_at IS NULL) AS "pausedChanged"`,
    [
      accountId,
      id,
      changes.name ?? null,
      changes.metadata === undefined ? null : JSON.stringify(changes.metadata),
      changes.enabled ?? null,
    ],
  );
  return rows[0] ?? null;
}
