import type { ApiKeyView, OAuthClientView, UsageReport } from '../../api/types';

export interface CredentialUsageRow {
  id: string;
  name: string;
  kind: string;
  environment: string;
  requests: number;
  failed: number;
  refused: number;
}

const KIND_LABELS = {
  secret_key: 'Secret key',
  publishable_key: 'Publishable key',
  oauth_client: 'OAuth client',
  session: 'Dashboard',
} as const;

/**
 * Usage per credential with names: keys and clients by their id, and every
 * dashboard session folded into one "Dashboard" row per environment.
 */
export function credentialRows(
  usage: UsageReport,
  keys: Pick<ApiKeyView, 'id' | 'name'>[],
  clients: Pick<OAuthClientView, 'id' | 'name'>[],
): CredentialUsageRow[] {
  const names = new Map<string, string>();
  for (const key of keys) names.set(key.id, key.name);
  for (const client of clients) names.set(client.id, client.name);
  const rows = new Map<string, CredentialUsageRow>();
  for (const entry of usage.byCredential) {
    const session = entry.credentialType === 'session';
    const id = session
      ? `session:${entry.environment}`
      : `${entry.credentialId}:${entry.environment}`;
    const row = rows.get(id) ?? {
      id,
      name: session
        ? 'Signed-in users'
        : (names.get(entry.credentialId) ??
          `Deleted or unknown (${entry.credentialId.slice(0, 8)})`),
      kind: KIND_LABELS[entry.credentialType],
      environment: entry.environment,
      requests: 0,
      failed: 0,
      refused: 0,
    };
    row.requests += entry.requests;
    row.failed += entry.failed;
    row.refused += entry.refused;
    rows.set(id, row);
  }
  return [...rows.values()].sort((a, b) => b.requests - a.requests || a.name.localeCompare(b.name));
}

/** Share of the pool already spent in its current window, 0..1. */
export function poolShare(pool: UsageReport['pools'][number]): number {
  return pool.limit > 0 ? Math.min(1, pool.used / pool.limit) : 0;
}
