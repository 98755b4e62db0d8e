import { describe, expect, it } from 'vitest';
import type { UsageReport } from '../../api/types';
import { credentialRows, poolShare, usageSeries } from './usage-rows';

type Entry = UsageReport['byCredential'][number];

function entry(
  credentialType: Entry['credentialType'],
  credentialId: string,
  environment: Entry['environment'],
  requests: number,
  failed = 0,
  refused = 0,
): Entry {
  return {
    credentialType,
    credentialId,
    environment,
    requests,
    succeeded: requests - failed - refused,
    failed,
    refused,
  };
}

function usage(byCredential: Entry[]): UsageReport {
  return {
    period: '24h',
    from: '2026-03-14T12:00:00.000Z',
    to: '2026-03-15T12:00:00.000Z',
    bucketSeconds: 3600,
    totals: { requests: 0, succeeded: 0, failed: 0, refused: 0 },
    series: [],
    byCredential,
    byEnvironment: [],
    pools: [],
  };
}

const keys = [
  { id: 'key-aaaa-1111', name: 'Backend', start: 'tly_sk_aaaa' },
  { id: 'key-bbbb-2222', name: 'Website', start: 'tly_pk_bbbb' },
];
const clients = [{ id: 'client-cccc-3333', name: 'Reporting job', clientId: 'tly_oc_cccc' }];

describe('credentialRows', () => {
  it('names keys and clients by their id, with their kind', () => {
    const rows = credentialRows(
      usage([
        entry('secret_key', 'key-aaaa-1111', 'production', 30, 2, 1),
        entry('publishable_key', 'key-bbbb-2222', 'production', 20),
        entry('oauth_client', 'client-cccc-3333', 'development', 10, 0, 4),
      ]),
      keys,
      clients,
    );
    expect(rows).toEqual([
      {
        id: 'key-aaaa-1111:production',
        name: 'Backend',
        identifier: 'tly_sk_aaaa',
        kind: 'Secret key',
        environment: 'production',
        requests: 30,
        failed: 2,
        refused: 1,
      },
      {
        id: 'key-bbbb-2222:production',
        name: 'Website',
        identifier: 'tly_pk_bbbb',
        kind: 'Publishable key',
        environment: 'production',
        requests: 20,
        failed: 0,
        refused: 0,
      },
      {
        id: 'client-cccc-3333:development',
        name: 'Reporting job',
        identifier: 'tly_oc_cccc',
        kind: 'OAuth client',
        environment: 'development',
        requests: 10,
        failed: 0,
        refused: 4,
      },
    ]);
  });

  it('folds every session into one row per environment', () => {
    const rows = credentialRows(
      usage([
        entry('session', 'sess-1', 'production', 5, 1, 0),
        entry('session', 'sess-2', 'production', 7, 0, 2),
        entry('session', 'sess-3', 'development', 1),
      ]),
      keys,
      clients,
    );
    expect(rows).toEqual([
      {
        id: 'session:production',
        name: 'Signed-in users',
        identifier: null,
        kind: 'Dashboard',
        environment: 'production',
        requests: 12,
        failed: 1,
        refused: 2,
      },
      {
        id: 'session:development',
        name: 'Signed-in users',
        identifier: null,
        kind: 'Dashboard',
        environment: 'development',
        requests: 1,
        failed: 0,
        refused: 0,
      },
    ]);
  });

  it('keeps one row per credential and environment', () => {
    const rows = credentialRows(
      usage([
        entry('secret_key', 'key-aaaa-1111', 'production', 3),
        entry('secret_key', 'key-aaaa-1111', 'development', 4),
      ]),
      keys,
      clients,
    );
    expect(rows.map((row) => [row.id, row.requests])).toEqual([
      ['key-aaaa-1111:development', 4],
      ['key-aaaa-1111:production', 3],
    ]);
  });

  it('tells same-named keys apart by their start', () => {
    const rows = credentialRows(
      usage([
        entry('secret_key', 'key-ci-2', 'production', 4),
        entry('secret_key', 'key-ci-1', 'production', 4),
      ]),
      [
        { id: 'key-ci-1', name: 'CI deploy', start: 'tly_sk_ab12' },
        { id: 'key-ci-2', name: 'CI deploy', start: 'tly_sk_cd34' },
      ],
      [],
    );
    expect(rows.map((row) => [row.name, row.identifier])).toEqual([
      ['CI deploy', 'tly_sk_ab12'],
      ['CI deploy', 'tly_sk_cd34'],
    ]);
  });

  it('marks an id it cannot name with its first eight characters', () => {
    const [row] = credentialRows(
      usage([entry('secret_key', '0123456789abcdef', 'production', 1)]),
      keys,
      clients,
    );
    expect(row.name).toBe('Deleted or unknown (01234567)');
    expect(row.identifier).toBeNull();
    expect(row.kind).toBe('Secret key');
  });

  it('names nothing before the names have loaded', () => {
    const [row] = credentialRows(
      usage([entry('oauth_client', 'client-cccc-3333', 'production', 1)]),
      [],
      [],
    );
    expect(row.name).toBe('Deleted or unknown (client-c)');
  });

  it('sorts by requests, most first, then by name', () => {
    const rows = credentialRows(
      usage([
        entry('secret_key', 'key-bbbb-2222', 'production', 5),
        entry('oauth_client', 'client-cccc-3333', 'production', 50),
        entry('secret_key', 'key-aaaa-1111', 'production', 5),
        entry('session', 'sess-1', 'production', 0),
      ]),
      keys,
      clients,
    );
    expect(rows.map((row) => row.name)).toEqual([
      'Reporting job',
      'Backend',
      'Website',
      'Signed-in users',
    ]);
  });

  it('is empty without usage', () => {
    expect(credentialRows(usage([]), keys, clients)).toEqual([]);
  });
});

describe('usageSeries', () => {
  const bucket = (start: string, succeeded: number, failed: number, refused: number) => ({
    start,
    requests: succeeded + failed + refused,
    succeeded,
    failed,
    refused,
  });

  it('draws succeeded, failed and refused requests over every bucket, in order', () => {
    const series = usageSeries({
      series: [
        bucket('2026-03-15T10:00:00.000Z', 5, 1, 0),
        bucket('2026-03-15T11:00:00.000Z', 0, 0, 0),
        bucket('2026-03-15T12:00:00.000Z', 2, 0, 3),
      ],
    });
    const times = [Date.UTC(2026, 2, 15, 10), Date.UTC(2026, 2, 15, 11), Date.UTC(2026, 2, 15, 12)];
    expect(series.map((line) => [line.name, line.tone])).toEqual([
      ['Succeeded', 'accent'],
      ['Failed', 'danger'],
      ['Refused', 'warning'],
    ]);
    expect(series.map((line) => line.points.map((point) => point.time))).toEqual([
      times,
      times,
      times,
    ]);
    expect(series.map((line) => line.points.map((point) => point.value))).toEqual([
      [5, 0, 2],
      [1, 0, 0],
      [0, 0, 3],
    ]);
  });

  it('keeps three empty lines for a report without buckets', () => {
    expect(usageSeries({ series: [] }).map((line) => line.points)).toEqual([[], [], []]);
  });
});

describe('poolShare', () => {
  const pool = (used: number, limit: number): UsageReport['pools'][number] => ({
    environment: 'production',
    limit,
    windowSeconds: 60,
    used,
    remaining: Math.max(0, limit - used),
    resetSeconds: 30,
  });

  it('is the share of the limit used, from 0 to 1', () => {
    expect(poolShare(pool(0, 1000))).toBe(0);
    expect(poolShare(pool(250, 1000))).toBe(0.25);
    expect(poolShare(pool(1000, 1000))).toBe(1);
  });

  it('never goes over 1', () => {
    expect(poolShare(pool(1500, 1000))).toBe(1);
  });

  it('is 0 for a pool without a limit', () => {
    expect(poolShare(pool(10, 0))).toBe(0);
  });
});
