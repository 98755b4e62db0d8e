import {
  ENVIRONMENTS,
  type CredentialUsage,
  type EnvironmentUsage,
  type PoolState,
  type UsageCounts,
  type UsageOutcome,
  type UsageReport,
  type UsageSeriesPoint,
} from '@tally/contracts';
import { parseUsageField } from './usage.keys.js';
import type { UsageWindow } from './usage-window.js';

/** An hourly hash as HGETALL returns it: field to count. */
export type HourlyCounts = Record<string, string>;

function zero(): UsageCounts {
  return { requests: 0, succeeded: 0, failed: 0, refused: 0 };
}

function add(counts: UsageCounts, outcome: UsageOutcome, count: number): void {
  counts[outcome] += count;
  counts.requests += count;
}

function byRequestsThenId(a: CredentialUsage, b: CredentialUsage): number {
  return (
    b.requests - a.requests ||
    a.credentialType.localeCompare(b.credentialType) ||
    a.credentialId.localeCompare(b.credentialId) ||
    a.environment.localeCompare(b.environment)
  );
}

/**
 * The report from the hourly hashes of `window.hours` (in the same order) and
 * the pools' current state. Fields this code did not write, and counts that
 * are not positive whole numbers, are left out.
 */
export function buildUsageReport(
  window: UsageWindow,
  hourly: readonly HourlyCounts[],
  pools: PoolState[],
  nowMs: number,
): UsageReport {
  const totals = zero();
  const series: UsageSeriesPoint[] = [];
  for (let at = 0; at < window.hours.length; at += window.hoursPerBucket) {
    series.push({ start: new Date(window.hours[at] * 1000).toISOString(), ...zero() });
  }
  const environments = new Map(ENVIRONMENTS.map((environment) => [environment, zero()]));
  const credentials = new Map<string, CredentialUsage>();

  hourly.forEach((hash, index) => {
    const point = series[Math.floor(index / window.hoursPerBucket)];
    for (const [field, value] of Object.entries(hash)) {
      const parts = parseUsageField(field);
      const count = Number(value);
      if (!parts || !point || !Number.isSafeInteger(count) || count <= 0) continue;
      const { credentialType, credentialId, environment, outcome } = parts;
      const credentialKey = `${credentialType}\n${credentialId}\n${environment}`;
      let credential = credentials.get(credentialKey);
      if (!credential) {
        credential = { credentialType, credentialId, environment, ...zero() };
        credentials.set(credentialKey, credential);
      }
      add(totals, outcome, count);
      add(point, outcome, count);
      add(credential, outcome, count);
      const perEnvironment = environments.get(environment);
      if (perEnvironment) add(perEnvironment, outcome, count);
    }
  });

  const byEnvironment: EnvironmentUsage[] = [...environments].map(([environment, counts]) => ({
    environment,
    ...counts,
  }));
  return {
    period: window.period,
    from: series[0]?.start ?? new Date(nowMs).toISOString(),
    to: new Date(nowMs).toISOString(),
    bucketSeconds: window.bucketSeconds,
    totals,
    series,
    byCredential: [...credentials.values()].sort(byRequestsThenId),
    byEnvironment,
    pools,
  };
}
