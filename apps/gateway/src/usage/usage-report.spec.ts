import type { PoolState } from '@tally/contracts';
import { buildUsageReport, type HourlyCounts } from './usage-report.js';
import { usageWindow } from './usage-window.js';
import { usageField } from './usage.keys.js';

const NOW = Date.parse('2026-03-08T10:17:00Z');
const POOLS: PoolState[] = [
  {
    environment: 'development',
    limit: 100,
    windowSeconds: 600,
    used: 0,
    remaining: 100,
    resetSeconds: 600,
  },
  {
    environment: 'production',
    limit: 5000,
    windowSeconds: 600,
    used: 9,
    remaining: 4991,
    resetSeconds: 30,
  },
];

const keyA = (outcome: 'succeeded' | 'failed' | 'refused') =>
  usageField('secret_key', 'key-a', 'production', outcome);
const keyB = (outcome: 'succeeded' | 'failed' | 'refused') =>
  usageField('secret_key', 'key-b', 'development', outcome);
const client = (outcome: 'succeeded' | 'failed' | 'refused') =>
  usageField('oauth_client', 'client-c', 'production', outcome);

/** Hourly hashes for a window of `length` hours, with `filled` at the given hour indexes. */
function hourly(length: number, filled: Record<number, HourlyCounts>): HourlyCounts[] {
  return Array.from({ length }, (_, index) => filled[index] ?? {});
}

describe('buildUsageReport', () => {
  it('reports every hourly bucket of 24h, oldest first, zeros included', () => {
    const window = usageWindow('24h', NOW);

    const report = buildUsageReport(
      window,
      hourly(24, { 0: { [keyA('succeeded')]: '2' }, 23: { [keyA('failed')]: '1' } }),
      POOLS,
      NOW,
    );

    expect(report).toMatchObject({
      period: '24h',
      from: '2026-03-07T11:00:00.000Z',
      to: '2026-03-08T10:17:00.000Z',
      bucketSeconds: 3600,
    });
    expect(report.series).toHaveLength(24);
    expect(report.series[0]).toEqual({
      start: '2026-03-07T11:00:00.000Z',
      requests: 2,
      succeeded: 2,
      failed: 0,
      refused: 0,
    });
    expect(report.series[1]).toEqual({
      start: '2026-03-07T12:00:00.000Z',
      requests: 0,
      succeeded: 0,
      failed: 0,
      refused: 0,
    });
    expect(report.series[23]).toMatchObject({ start: '2026-03-08T10:00:00.000Z', failed: 1 });
  });

  it('adds six hours into each point of 7d', () => {
    const window = usageWindow('7d', NOW);

    const report = buildUsageReport(
      window,
      hourly(168, {
        0: { [keyA('succeeded')]: '1' },
        5: { [keyA('succeeded')]: '2' },
        6: { [keyA('refused')]: '4' },
        167: { [keyA('failed')]: '8' },
      }),
      POOLS,
      NOW,
    );

    expect(report.series).toHaveLength(28);
    expect(report.series[0]).toMatchObject({ start: '2026-03-01T11:00:00.000Z', succeeded: 3 });
    expect(report.series[1]).toMatchObject({ start: '2026-03-01T17:00:00.000Z', refused: 4 });
    expect(report.series[27]).toMatchObject({ start: '2026-03-08T05:00:00.000Z', failed: 8 });
    expect(report.bucketSeconds).toBe(21600);
    expect(report.totals).toEqual({ requests: 15, succeeded: 3, failed: 8, refused: 4 });
  });

  it('adds up each credential over the hours, most requests first', () => {
    const report = buildUsageReport(
      usageWindow('24h', NOW),
      hourly(24, {
        3: { [keyA('succeeded')]: '1', [keyB('succeeded')]: '5', [client('refused')]: '2' },
        4: { [keyA('succeeded')]: '2', [keyA('failed')]: '1', [keyB('refused')]: '1' },
      }),
      POOLS,
      NOW,
    );

    expect(report.byCredential).toEqual([
      {
        credentialType: 'secret_key',
        credentialId: 'key-b',
        environment: 'development',
        requests: 6,
        succeeded: 5,
        failed: 0,
        refused: 1,
      },
      {
        credentialType: 'secret_key',
        credentialId: 'key-a',
        environment: 'production',
        requests: 4,
        succeeded: 3,
        failed: 1,
        refused: 0,
      },
      {
        credentialType: 'oauth_client',
        credentialId: 'client-c',
        environment: 'production',
        requests: 2,
        succeeded: 0,
        failed: 0,
        refused: 2,
      },
    ]);
    expect(report.totals).toEqual({ requests: 12, succeeded: 8, failed: 1, refused: 3 });
  });

  it('reports both environments, also one without requests', () => {
    const report = buildUsageReport(
      usageWindow('24h', NOW),
      hourly(24, { 2: { [keyA('succeeded')]: '3', [client('failed')]: '1' } }),
      POOLS,
      NOW,
    );

    expect(report.byEnvironment).toEqual([
      { environment: 'development', requests: 0, succeeded: 0, failed: 0, refused: 0 },
      { environment: 'production', requests: 4, succeeded: 3, failed: 1, refused: 0 },
    ]);
  });

  it('leaves out fields it does not know and counts that are not positive whole numbers', () => {
    const report = buildUsageReport(
      usageWindow('24h', NOW),
      hourly(24, {
        1: {
          'something|else': '7',
          [keyA('succeeded')]: 'x',
          [keyA('failed')]: '-2',
          [keyA('refused')]: '1.5',
          [keyB('succeeded')]: '1',
        },
      }),
      POOLS,
      NOW,
    );

    expect(report.totals).toEqual({ requests: 1, succeeded: 1, failed: 0, refused: 0 });
    expect(report.byCredential.map((entry) => entry.credentialId)).toEqual(['key-b']);
  });

  it('passes the pools through', () => {
    const report = buildUsageReport(usageWindow('24h', NOW), hourly(24, {}), POOLS, NOW);

    expect(report.pools).toBe(POOLS);
    expect(report.byCredential).toEqual([]);
    expect(report.totals).toEqual({ requests: 0, succeeded: 0, failed: 0, refused: 0 });
  });
});
