import {
  PlatformCallLedger,
  platformsEnvSchema,
  PlatformSuite,
  resolvePlatformConfigs,
  tiktokUpstreamLimiter,
} from '@tally/creators-data';
import { createRedis, loadConfig } from '@tally/nest-kit';
import { TIKTOK_ENDPOINTS } from '@tally/tiktok';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { commandFor } from '../src/cli/commands.js';
import type { PlatformsStatus } from '../src/cli/platforms-status.js';

describe('npm run cli -- platforms', () => {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const keyPrefix = `${process.env.REDIS_KEY_PREFIX ?? ''}platforms-cli:${randomUUID().slice(0, 8)}:`;
  // No platform credentials: every platform is the sandbox, as the CLI will read them too.
  const vars = { REDIS_URL: url, REDIS_KEY_PREFIX: keyPrefix };
  const configs = resolvePlatformConfigs(loadConfig(platformsEnvSchema, {}));
  let redis: Redis;

  beforeAll(async () => {
    redis = createRedis({ url, keyPrefix });
    const suite = new PlatformSuite(redis, configs);
    await suite.youtubeQuota.spend(150, 'requested');
    suite.close();

    // A TikTok slot taken 45 s ahead of Redis' time: the limiter, on a clock 45 s fast. (Far
    // enough below a minute that the table still shows it in seconds, however slow the test.)
    const [seconds, micros] = (await redis.time()).map(Number);
    const redisNow = seconds * 1000 + micros / 1000;
    const tiktok = tiktokUpstreamLimiter(redis, {
      limitPerMinute: configs.tiktokLimitPerMinute,
      clientKey: configs.tiktok.clientKey,
      clock: { now: () => redisNow + 45_000, sleep: () => Promise.resolve() },
    });
    await tiktok.acquire(TIKTOK_ENDPOINTS.videoList);

    // Two Instagram creators' budgets, as their limiter keeps them: the time of the next slot.
    await redis.set(
      `upstream:instagram:${configs.instagram.appId}:user:17841400000000001`,
      String(redisNow + 120_000),
    );
    await redis.set(
      `upstream:instagram:${configs.instagram.appId}:user:17841400000000002`,
      String(redisNow + 30_000),
    );

    const ledger = new PlatformCallLedger(redis);
    await ledger.recordCall('TIKTOK', '200');
    await ledger.recordCall('TIKTOK', '200');
    await ledger.recordCall('TIKTOK', '429');
    await ledger.recordCall('TIKTOK', 'timeout');
    await ledger.recordLimiterWait('TIKTOK', 1500);
    await ledger.recordCall('YOUTUBE', '200');
    await ledger.recordQuotaRefusal('YOUTUBE', 'scheduled');
  });

  afterAll(async () => {
    // KEYS takes the pattern as it is: ioredis prefixes the keys of commands, not patterns.
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length > 0) await redis.del(...keys.map((key) => key.slice(keyPrefix.length)));
    await redis.quit();
  });

  async function cli(
    argv: string[],
    env: Record<string, string | undefined> = vars,
  ): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await commandFor(argv).run(argv, env, {
      out: (text) => (out += text),
      err: (text) => (err += text),
    });
    return { code, out, err };
  }

  it('shows every platform as JSON with --json: limits, live state and today', async () => {
    const { code, out, err } = await cli(['platforms', 'status', '--json']);

    expect({ code, err }).toEqual({ code: 0, err: '' });
    const status = JSON.parse(out) as PlatformsStatus;
    const { TIKTOK, INSTAGRAM, YOUTUBE } = status.platforms;
    expect(TIKTOK).toMatchObject({
      upstream: 'sandbox',
      limits: { callsPerMinutePerEndpoint: 600 },
      live: { endpoints: [{ endpoint: TIKTOK_ENDPOINTS.videoList }] },
      today: {
        calls: 4,
        outcomes: { '200': 2, '429': 1, timeout: 1 },
        rateLimited: 1,
        limiterWaits: { count: 1, totalMs: 1500 },
      },
    });
    // 45 s and one slot's interval ahead when the test took it, a little less by now.
    expect(TIKTOK.live.endpoints[0].reservedAheadMs).toBeGreaterThan(35_000);
    expect(TIKTOK.live.endpoints[0].reservedAheadMs).toBeLessThanOrEqual(45_200);
    expect(INSTAGRAM).toMatchObject({
      upstream: 'sandbox',
      limits: { callsPerHourPerCreator: 200 },
      live: { creatorsWithReservations: 2 },
      today: { calls: 0 },
    });
    expect(INSTAGRAM.live.furthestAheadMs).toBeGreaterThan(100_000);
    expect(YOUTUBE).toMatchObject({
      upstream: 'sandbox',
      limits: { unitsPerDay: 10_000, reserveUnits: 1000 },
      live: { used: 150, remaining: 9850, reserveUnits: 1000 },
      today: { calls: 1, quotaRefusals: { scheduled: 1, requested: 0 } },
    });
    expect(Date.parse(YOUTUBE.live.resetsAt)).toBeGreaterThan(Date.now());
  });

  it('shows the same as tables by default', async () => {
    const { code, out } = await cli(['platforms', 'status']);

    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^PLATFORM\s+UPSTREAM\s+LIMIT\s+NOW/);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^TIKTOK\s+sandbox\s+600 calls\/min per endpoint\s+\/v2\/video\/list\/ slots taken \d+\.\d s ahead$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^INSTAGRAM\s+sandbox\s+200 calls\/hour per creator\s+2 creator/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^YOUTUBE\s+sandbox\s+10000 units\/day\s+used 150, remaining 9850$/),
    );
    // PLATFORM CALLS 2XX 429 OTHER-4XX 5XX NO-ANSWER OTHER WAITS WAITED QUOTA-REFUSALS
    expect(lines).toContainEqual(
      expect.stringMatching(/^TIKTOK\s+4\s+2\s+1\s+0\s+0\s+1\s+0\s+1\s+1\.5 s\s+0$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^YOUTUBE\s+1\s+1\s+0\s+0\s+0\s+0\s+0\s+0\s+0 ms\s+1 \(1 scheduled\)$/),
    );
  });

  it('answers a wrong command line with its usage and exit code 2', async () => {
    const wrong = await cli(['platforms', 'stats']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/^unknown command "stats"\n\nUsage: platforms status \[--json\]/);

    const extra = await cli(['platforms', 'status', '--yaml']);
    expect(extra.code).toBe(2);
    expect(extra.err).toContain('Usage: platforms');
  });

  it('fails in one line when Redis cannot be reached', async () => {
    const { code, out, err } = await cli(['platforms', 'status'], {
      REDIS_URL: 'redis://127.0.0.1:1',
    });

    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/^Could not reach Redis: .*ECONNREFUSED.*\n$/);
  });

  it('leaves `jobs` as it was, with or without the leading word', async () => {
    for (const argv of [['jobs', 'counts'], ['counts']]) {
      const { code, out } = await cli(argv);

      expect(code).toBe(0);
      expect(Object.keys(JSON.parse(out))).toEqual(
        expect.arrayContaining(['waiting', 'active', 'failed', 'completed']),
      );
    }
    const wrong = await cli(['jobs', 'retry']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('Usage: jobs');
  });
});
