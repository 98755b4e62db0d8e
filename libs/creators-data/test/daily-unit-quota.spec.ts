import { createRedis } from '@tally/nest-kit';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import {
  DailyUnitQuota,
  QuotaExhaustedError,
  type DailyUnitQuotaOptions,
  type QuotaPriority,
  type QuotaSpend,
} from '../src/upstream/daily-unit-quota.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Resets at 08:00 UTC (midnight PST) every day: a day of 24 hours, all these tests need. */
function nextReset(now: Date): Date {
  return new Date((Math.floor((now.getTime() - 8 * HOUR) / DAY) + 1) * DAY + 8 * HOUR);
}

const DAY_START = Date.parse('2026-03-07T08:00:00Z');
const DAY_END = DAY_START + DAY;

/**
 * 1 000 units a day, 200 of them reserved: scheduled work may spend 800, on a
 * line rising by 800 / 24 units an hour from one hour's share at the reset.
 */
const QUOTA = { unitsPerDay: 1_000, reserveUnits: 200 } as const;

describe('DailyUnitQuota', () => {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  let keyPrefix: string;
  let connections: Redis[];
  let time: number;
  const clock = { now: () => time };

  beforeEach(() => {
    keyPrefix = `${process.env.REDIS_KEY_PREFIX ?? ''}test:daily-unit-quota:${randomUUID()}:`;
    connections = [createRedis({ url, keyPrefix }), createRedis({ url, keyPrefix })];
    time = DAY_START;
  });

  afterEach(async () => {
    // KEYS takes the pattern as it is: ioredis prefixes the keys of commands, not patterns.
    const keys = await connections[0].keys(`${keyPrefix}*`);
    if (keys.length > 0)
      await connections[0].del(...keys.map((key) => key.slice(keyPrefix.length)));
    await Promise.all(connections.map((redis) => redis.quit()));
  });

  /** One quota per worker process, each on its own connection, sharing a namespace. */
  function workers(options: Partial<DailyUnitQuotaOptions> = {}): DailyUnitQuota[] {
    const shared: DailyUnitQuotaOptions = {
      ...QUOTA,
      namespace: 'youtube',
      nextReset,
      clock,
      ...options,
    };
    return connections.map((redis) => new DailyUnitQuota(redis, shared));
  }

  /** `count` spends of 1 to 3 units, all at once, taking turns between the workers. */
  async function spendAtOnce(
    quotas: DailyUnitQuota[],
    count: number,
    priority: QuotaPriority,
  ): Promise<Array<{ units: number; spent: QuotaSpend }>> {
    return Promise.all(
      Array.from({ length: count }, async (_, index) => {
        const units = 1 + ((index * 7) % 3);
        const spent = await quotas[index % quotas.length].spend(units, priority);
        return { units, spent };
      }),
    );
  }

  function grantedUnits(spends: Array<{ units: number; spent: QuotaSpend }>): number {
    return spends.filter(({ spent }) => spent.granted).reduce((sum, { units }) => sum + units, 0);
  }

  it('never lets workers spending at once pass the cap of either priority', async () => {
    const quotas = workers();
    // Noon: the line has risen to 800 × 13 / 24 = 433 units.
    time = DAY_START + 12 * HOUR;

    const scheduled = await spendAtOnce(quotas, 300, 'scheduled');
    const scheduledUnits = grantedUnits(scheduled);

    // Refusals came only once no spend of 1 to 3 units fitted any more.
    expect(scheduledUnits).toBeLessThanOrEqual(433);
    expect(scheduledUnits).toBeGreaterThanOrEqual(431);
    expect(scheduled.some(({ spent }) => !spent.granted)).toBe(true);
    const usedAfterEach = scheduled.flatMap(({ spent }) => (spent.granted ? [spent.used] : []));
    expect(new Set(usedAfterEach).size).toBe(usedAfterEach.length);
    expect(Math.max(...usedAfterEach)).toBe(scheduledUnits);
    for (const { spent } of scheduled) {
      if (spent.granted) continue;
      expect(spent.exhausted).toBe(false);
      expect(spent.retryAt.getTime()).toBeGreaterThan(time);
      expect(spent.retryAt.getTime()).toBeLessThan(DAY_END);
    }

    const requested = await spendAtOnce(quotas, 300, 'requested');
    const total = scheduledUnits + grantedUnits(requested);

    expect(total).toBeLessThanOrEqual(1_000);
    expect(total).toBeGreaterThanOrEqual(998);
    for (const { spent } of requested) {
      if (!spent.granted)
        expect(spent).toEqual({ granted: false, retryAt: new Date(DAY_END), exhausted: true });
    }
    for (const quota of quotas) {
      expect(await quota.status()).toEqual({
        unitsPerDay: 1_000,
        reserveUnits: 200,
        used: total,
        remaining: 1_000 - total,
        resetsAt: new Date(DAY_END),
      });
    }
  });

  it('keeps the reserve for requested work: scheduled work stops at unitsPerDay - reserveUnits', async () => {
    const [first, second] = workers();
    // Half an hour before the reset, the line is at the whole scheduled budget.
    time = DAY_END - HOUR / 2;

    for (let index = 0; index < 8; index += 1)
      await [first, second][index % 2].spendOrThrow(100, 'scheduled');

    expect(await second.spend(1, 'scheduled')).toEqual({
      granted: false,
      retryAt: new Date(DAY_END),
      exhausted: true,
    });
    await expect(first.spendOrThrow(1, 'scheduled')).rejects.toMatchObject({
      name: 'QuotaExhaustedError',
      exhausted: true,
      retryAfterSeconds: 1_800,
    });
    expect(await second.spend(200, 'requested')).toEqual({ granted: true, used: 1_000 });
    const refused = await first.spendOrThrow(1, 'requested').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(QuotaExhaustedError);
    expect(refused).toMatchObject({ retryAt: new Date(DAY_END), priority: 'requested' });
  });

  it('tells scheduled work ahead of the line when the line will cover its spend', async () => {
    const [first, second] = workers();
    // At the reset the line allows one hour's share: floor(800 / 24) = 33 units. The 34th unit
    // is covered 34 × 108 s after the reset, less the hour: 72 s.
    expect(await first.spend(33, 'scheduled')).toEqual({ granted: true, used: 33 });
    const wait = { granted: false, retryAt: new Date(DAY_START + 72_000), exhausted: false };
    expect(await second.spend(1, 'scheduled')).toEqual(wait);

    time = DAY_START + 71_999;
    expect(await first.spend(1, 'scheduled')).toEqual(wait);
    time = DAY_START + 72_000;
    expect(await first.spend(1, 'scheduled')).toEqual({ granted: true, used: 34 });

    // Requested spends count against the line too: 45 units are covered 45 × 108 s - 1 h after the reset.
    expect(await second.spend(10, 'requested')).toEqual({ granted: true, used: 44 });
    expect(await first.spend(1, 'scheduled')).toEqual({
      granted: false,
      retryAt: new Date(DAY_START + 1_260_000),
      exhausted: false,
    });
  });

  it('stops every worker once the platform says the quota is spent, until the reset', async () => {
    const [first, second] = workers();
    time = DAY_START + 20 * HOUR;
    await first.spendOrThrow(10, 'requested');

    await second.markExhausted();

    const untilReset = { granted: false, retryAt: new Date(DAY_END), exhausted: true };
    expect(await first.spend(1, 'requested')).toEqual(untilReset);
    expect(await first.spend(1, 'scheduled')).toEqual(untilReset);
    expect(await second.spend(1, 'requested')).toEqual(untilReset);
    expect(await first.status()).toMatchObject({
      used: 1_000,
      remaining: 0,
      resetsAt: new Date(DAY_END),
    });

    time = DAY_END;
    expect(await second.status()).toEqual({
      ...QUOTA,
      used: 0,
      remaining: 1_000,
      resetsAt: new Date(DAY_END + DAY),
    });
    expect(await second.spend(5, 'scheduled')).toEqual({ granted: true, used: 5 });
    expect(await first.spend(3, 'requested')).toEqual({ granted: true, used: 8 });
  });

  it('keeps each day in its own key, expiring a day after the day ends', async () => {
    const [quota] = workers();
    time = DAY_START + 6 * HOUR;
    await quota.spendOrThrow(2, 'requested');
    time = DAY_END + HOUR;
    await quota.spendOrThrow(3, 'requested');

    const key = (start: number): string => `quota:youtube:${new Date(start).toISOString()}`;
    const [firstDay, secondDay] = [key(DAY_START), key(DAY_END)];
    expect((await connections[0].keys(`${keyPrefix}*`)).sort()).toEqual(
      [firstDay, secondDay].map((name) => keyPrefix + name).sort(),
    );
    expect(await connections[1].get(firstDay)).toBe('2');
    expect(await connections[1].get(secondDay)).toBe('3');
    // Set 6 hours into the first day (18 hours before its end, plus a day): 42 hours.
    const ttl = await connections[1].pttl(firstDay);
    expect(ttl).toBeLessThanOrEqual(42 * HOUR);
    expect(ttl).toBeGreaterThan(42 * HOUR - 60_000);
  });

  it('tells onSpend what was spent and onRefused what was refused', async () => {
    const spent: Array<[number, QuotaPriority]> = [];
    const refused: QuotaPriority[] = [];
    const [first, second] = workers({
      onSpend: (units, priority) => spent.push([units, priority]),
      onRefused: (priority) => refused.push(priority),
    });

    await first.spend(30, 'scheduled');
    await second.spend(4, 'scheduled');
    await second.spend(900, 'requested');
    await first.spend(100, 'requested');

    expect(spent).toEqual([
      [30, 'scheduled'],
      [900, 'requested'],
    ]);
    expect(refused).toEqual(['scheduled', 'requested']);
  });

  it('refuses options and spends that make no sense', async () => {
    const [redis] = connections;
    const options = { ...QUOTA, namespace: 'youtube', nextReset, clock };
    expect(() => new DailyUnitQuota(redis, { ...options, unitsPerDay: 0 })).toThrow(RangeError);
    expect(() => new DailyUnitQuota(redis, { ...options, reserveUnits: 1_001 })).toThrow(
      RangeError,
    );
    const [quota] = workers();
    await expect(quota.spend(0, 'requested')).rejects.toThrow(RangeError);
    await expect(quota.spend(1.5, 'scheduled')).rejects.toThrow(RangeError);
    await expect(quota.spend(1_001, 'requested')).rejects.toThrow(RangeError);
  });
});
