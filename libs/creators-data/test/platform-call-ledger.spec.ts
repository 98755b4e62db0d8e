import { createRedis } from '@tally/nest-kit';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { PlatformCallLedger, utcDayOf } from '../src/platforms/platform-call-ledger.js';

const NOON = Date.parse('2026-03-07T12:00:00Z');

describe('PlatformCallLedger', () => {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  let keyPrefix: string;
  let connections: Redis[];
  let time: number;
  const clock = { now: () => time };

  beforeEach(() => {
    keyPrefix = `${process.env.REDIS_KEY_PREFIX ?? ''}test:platform-call-ledger:${randomUUID()}:`;
    connections = [createRedis({ url, keyPrefix }), createRedis({ url, keyPrefix })];
    time = NOON;
  });

  afterEach(async () => {
    // KEYS takes the pattern as it is: ioredis prefixes the keys of commands, not patterns.
    const keys = await connections[0].keys(`${keyPrefix}*`);
    if (keys.length > 0)
      await connections[0].del(...keys.map((key) => key.slice(keyPrefix.length)));
    await Promise.all(connections.map((redis) => redis.quit()));
  });

  /** One ledger per worker process, each on its own connection. */
  function ledgers(): PlatformCallLedger[] {
    return connections.map((redis) => new PlatformCallLedger(redis, { clock }));
  }

  it('adds up the calls, 429s, waits and refusals of every process, per platform', async () => {
    const [first, second] = ledgers();

    await Promise.all([
      first.recordCall('TIKTOK', '200'),
      second.recordCall('TIKTOK', '200'),
      first.recordCall('TIKTOK', '429'),
      second.recordCall('TIKTOK', 'timeout'),
      first.recordCall('TIKTOK', 'network_error'),
      first.recordLimiterWait('TIKTOK', 1200.4),
      second.recordLimiterWait('TIKTOK', 300),
      first.recordCall('YOUTUBE', '403'),
      second.recordQuotaRefusal('YOUTUBE', 'scheduled'),
      first.recordQuotaRefusal('YOUTUBE', 'scheduled'),
      first.recordQuotaRefusal('YOUTUBE', 'requested'),
    ]);

    expect(await second.read('TIKTOK')).toEqual({
      platform: 'TIKTOK',
      day: '2026-03-07',
      calls: 5,
      outcomes: { '200': 2, '429': 1, timeout: 1, network_error: 1 },
      rateLimited: 1,
      limiterWaits: { count: 2, totalMs: 1500 },
      quotaRefusals: { requested: 0, scheduled: 0 },
    });
    expect(await first.read('YOUTUBE')).toMatchObject({
      calls: 1,
      outcomes: { '403': 1 },
      rateLimited: 0,
      limiterWaits: { count: 0, totalMs: 0 },
      quotaRefusals: { requested: 1, scheduled: 2 },
    });
  });

  it('reads a platform without calls as zeros', async () => {
    const [ledger] = ledgers();

    expect(await ledger.read('INSTAGRAM')).toEqual({
      platform: 'INSTAGRAM',
      day: '2026-03-07',
      calls: 0,
      outcomes: {},
      rateLimited: 0,
      limiterWaits: { count: 0, totalMs: 0 },
      quotaRefusals: { requested: 0, scheduled: 0 },
    });
  });

  it('starts a new tally at midnight UTC and keeps the old day readable for a week', async () => {
    const [ledger] = ledgers();
    time = Date.parse('2026-03-07T23:59:59.999Z');
    await ledger.recordCall('INSTAGRAM', '200');
    time = Date.parse('2026-03-08T00:00:00.000Z');
    await ledger.recordCall('INSTAGRAM', '500');

    expect((await ledger.read('INSTAGRAM')).outcomes).toEqual({ '500': 1 });
    expect((await ledger.read('INSTAGRAM', '2026-03-07')).outcomes).toEqual({ '200': 1 });
    const ttl = await connections[0].ttl('platform-calls:INSTAGRAM:2026-03-07');
    expect(ttl).toBeGreaterThan(7 * 86_400);
    expect(ttl).toBeLessThanOrEqual(8 * 86_400);
  });

  it('keeps unknown outcomes under `other`, so a day has few fields', async () => {
    const [ledger] = ledgers();

    await ledger.recordCall('TIKTOK', 'ECONNRESET');
    await ledger.recordCall('TIKTOK', '2000');

    expect((await ledger.read('TIKTOK')).outcomes).toEqual({ other: 2 });
  });

  it('never fails the caller when Redis is away, and tells the logger', async () => {
    // A connection that tried once and gave up: its commands fail at once.
    const away = createRedis(
      { url: 'redis://127.0.0.1:1', keyPrefix },
      { maxRetriesPerRequest: 0, retryStrategy: () => null },
    );
    away.on('error', () => undefined);
    await new Promise((ended) => away.once('end', ended));
    const failures: string[] = [];
    const ledger = new PlatformCallLedger(away, {
      onError: (error, platform) => failures.push(`${platform}: ${String(error)}`),
    });
    const throwingLogger = new PlatformCallLedger(away, {
      onError: () => {
        throw new Error('the logger broke');
      },
    });

    await expect(ledger.recordCall('TIKTOK', '200')).resolves.toBeUndefined();
    await expect(ledger.recordLimiterWait('INSTAGRAM', 10)).resolves.toBeUndefined();
    await expect(ledger.recordQuotaRefusal('YOUTUBE', 'requested')).resolves.toBeUndefined();
    await expect(throwingLogger.recordCall('TIKTOK', '200')).resolves.toBeUndefined();

    expect(failures).toEqual([
      expect.stringMatching(/^TIKTOK: /),
      expect.stringMatching(/^INSTAGRAM: /),
      expect.stringMatching(/^YOUTUBE: /),
    ]);
  });
});

describe('utcDayOf', () => {
  it('is the UTC date, whatever the time of day', () => {
    expect(utcDayOf(Date.parse('2026-03-07T00:00:00Z'))).toBe('2026-03-07');
    expect(utcDayOf(Date.parse('2026-03-07T23:59:59.999Z'))).toBe('2026-03-07');
    expect(utcDayOf(Date.parse('2026-03-08T01:00:00+02:00'))).toBe('2026-03-07');
  });
});
