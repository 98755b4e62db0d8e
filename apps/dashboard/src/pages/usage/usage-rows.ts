import type { ApiKeyView, OAuthClientView, UsageReport } from '../../api/types';
import type { ChartSeries } from '../../components/LineChart';

export interface CredentialUsageRow {
  id: string;
  name: string;
  /** What tells two same-named credentials apart: a key's start, a client's id. */
  identifier: string | null;
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
 * Usage per credential with names: keys (with their start) and clients (with
 * their client id) by their id, and every dashboard session folded into one
 * "Dashboard" row per environment.
 */
export function credentialRows(
  usage: UsageReport,
  keys: Pick<ApiKeyView, 'id' | 'name' | 'start'>[],
  clients: Pick<OAuthClientView, 'id' | 'name' | 'clientId'>[],
): CredentialUsageRow[] {
  const names = new Map<string, { name: string; identifier: string }>();
  for (const key of keys) names.set(key.id, { name: key.name, identifier: key.start });
  for (const client of clients)
    names.set(client.id, { name: client.name, identifier: client.clientId });
  const rows = new Map<string, CredentialUsageRow>();
  for (const entry of usage.byCredential) {
    const session = entry.credentialType === 'session';
    const id = session
      ? `session:${entry.environment}`
      : `${entry.credentialId}:${entry.environment}`;
    const known = session ? undefined : names.get(entry.credentialId);
    const row = rows.get(id) ?? {
      id,
      name: session
        ? 'Signed-in users'
        : (known?.name ?? `Deleted or unknown (${entry.credentialId.slice(0, 8)})`),
      identifier: known?.identifier ?? null,
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
  return [...rows.values()].sort(
    (a, b) =>
      b.requests - a.requests ||
      a.name.localeCompare(b.name) ||
      (a.identifier ?? '').localeCompare(b.identifier ?? ''),
  );
}

/** The period's buckets as three lines for the chart: succeeded, failed and refused requests. */
export function usageSeries(usage: Pick<UsageReport, 'series'>): ChartSeries[] {
  const line = (
    name: string,
    tone: ChartSeries['tone'],
    pick: (bucket: UsageReport['series'][number]) => number,
  ) => ({
    name,
    tone,
    points: usage.series.map((bucket) => ({
      time: new Date(bucket.start).getTime(),
      value: pick(bucket),
    })),
  });
  return [
    line('Succeeded', 'accent', (bucket) => bucket.succeeded),
    line('Failed', 'danger', (bucket) => bucket.failed),
    line('Refused', 'warning', (bucket) => bucket.refused),
  ];
}

/** Share of the pool already spent in its current window, 0..1. */
export function poolShare(pool: UsageReport['pools'][number]): number {
  return pool.limit > 0 ? Math.min(1, pool.used / pool.limit) : 0;
}
