import {
  AppError,
  CreatorsSubjects,
  type CredentialUsage,
  type Principal,
  type UsageReport,
} from '@tally/contracts';
import { createRedis } from '@tally/nest-kit';
import { waitFor } from '@tally/testing';
import { randomUUID } from 'node:crypto';
import { RateLimitOverrides } from '../../src/rate-limit/rate-limit-overrides.js';
import { UsageRecorder } from '../../src/usage/usage.recorder.js';
import { bearer, GatewayWithFakes, startGatewayWithFakes } from '../creators/gateway-with-fakes.js';
import { creatorProfile } from '../creators/views.js';
import { SHARED_REDIS_URL } from '../rate-limit/fixtures.js';

const KEY_PREFIX = process.env.REDIS_KEY_PREFIX ?? '';

interface Envelope<T> {
  success: boolean;
  data: T;
  error: { code: string; message: string; details: { field?: string; reason: string }[] };
}

type Caller = { key: string; principal: Principal };

const DEVELOPMENT_POOL = 4;
const KNOWN_CREATOR = randomUUID();
const UNKNOWN_CREATOR = randomUUID();
/** The creators service answers 429 for this one: a refusal, but not the gateway's. */
const BUSY_CREATOR = randomUUID();

function counts(requests: number, succeeded: number, failed: number, refused: number) {
  return { requests, succeeded, failed, refused };
}

function sum(points: { succeeded: number; failed: number; refused: number }[]) {
  const total = (outcome: 'succeeded' | 'failed' | 'refused') =>
    points.reduce((added, point) => added + point[outcome], 0);
  const [succeeded, failed, refused] = [total('succeeded'), total('failed'), total('refused')];
  return counts(succeeded + failed + refused, succeeded, failed, refused);
}

describe('GET /api/v1/usage', () => {
  let fakes: GatewayWithFakes;

  beforeAll(async () => {
    fakes = await startGatewayWithFakes({
      RATE_LIMIT_DEVELOPMENT: `${DEVELOPMENT_POOL}/600s`,
      RATE_LIMIT_PRODUCTION: '1000/600s',
      // Only the tests' own flushes write, so that every count is known when it is read.
      USAGE_FLUSH_MS: '3600000',
    });
    fakes.creators.on(CreatorsSubjects.getProfile, (payload: Record<string, unknown>) => {
      if (payload.creatorId === KNOWN_CREATOR) return creatorProfile({ id: KNOWN_CREATOR });
      if (payload.creatorId === BUSY_CREATOR)
        throw new AppError('rate_limited', 'TikTok asks us to slow down.');
      throw new AppError('not_found', 'No such creator.');
    });
  });

  afterAll(async () => {
    await fakes?.stop();
  });

  /** An account of its own per test: the whole suite shares one Redis. */
  function account(): {
    admin: Caller;
    developer: Caller;
  } {
    const accountId = randomUUID();
    return {
      admin: fakes.keys.add('secret', ['keys:read', 'creators:read'], { accountId }),
      developer: fakes.keys.add('secret', ['creators:read'], {
        accountId,
        environment: 'development',
      }),
    };
  }

  async function get<T>(
    url: string,
    caller: Caller,
  ): Promise<{ status: number; body: Envelope<T> }> {
    const response = await fakes.gateway.inject({
      method: 'GET',
      url,
      headers: bearer(caller.key),
    });
    return { status: response.statusCode, body: response.json() };
  }

  async function profiles(caller: Caller, known: number, unknown: number): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 0; i < known + unknown; i++) {
      const creatorId = i < known ? KNOWN_CREATOR : UNKNOWN_CREATOR;
      statuses.push((await get(`/api/v1/creators/${creatorId}/profile`, caller)).status);
    }
    return statuses;
  }

  async function usage(caller: Caller, query = ''): Promise<UsageReport> {
    // A flush before the recorder's connection is up keeps its counts for the next one.
    const recorder = fakes.gateway.get(UsageRecorder);
    await waitFor(
      () => recorder.flush(),
      (written) => written,
      { timeoutMs: 5000, intervalMs: 20 },
    );
    const response = await get<UsageReport>(`/api/v1/usage${query}`, caller);
    expect(response.status).toBe(200);
    return response.body.data;
  }

  function credentialOf(caller: Caller): Pick<CredentialUsage, 'credentialType' | 'credentialId'> {
    return {
      credentialType: caller.principal.credentialType,
      credentialId: caller.principal.credentialId,
    };
  }

  it("counts each of the account's credentials by outcome, per environment and in total", async () => {
    const { admin, developer } = account();
    const stranger = fakes.keys.add('secret', ['keys:read', 'creators:read']);
    const adminStatuses = await profiles(admin, 3, 1);
    // The development pool allows 4: the last two are refused.
    const developerStatuses = await profiles(developer, 2, 4);
    await profiles(stranger, 5, 0);

    const report = await usage(admin);

    expect(adminStatuses).toEqual([200, 200, 200, 404]);
    expect(developerStatuses).toEqual([200, 200, 404, 404, 429, 429]);
    expect(report.byCredential).toEqual([
      { ...credentialOf(developer), environment: 'development', ...counts(6, 2, 2, 2) },
      { ...credentialOf(admin), environment: 'production', ...counts(4, 3, 1, 0) },
    ]);
    expect(report.byEnvironment).toEqual([
      { environment: 'development', ...counts(6, 2, 2, 2) },
      { environment: 'production', ...counts(4, 3, 1, 0) },
    ]);
    expect(report.totals).toEqual(counts(10, 5, 3, 2));
  });

  it("counts a 429 that did not come from the gateway's rate limiter as failed", async () => {
    const { admin } = account();
    const busy = await get(`/api/v1/creators/${BUSY_CREATOR}/profile`, admin);

    const report = await usage(admin);

    expect(busy.status).toBe(429);
    expect(report.totals).toEqual(counts(1, 0, 1, 0));
  });

  it('shows nothing of other accounts', async () => {
    const { admin } = account();
    const other = account();
    await profiles(other.admin, 3, 0);
    await profiles(other.developer, 1, 1);

    const report = await usage(admin);

    expect(report.byCredential).toEqual([]);
    expect(report.totals).toEqual(counts(0, 0, 0, 0));
    expect(report.byEnvironment).toEqual([
      { environment: 'development', ...counts(0, 0, 0, 0) },
      { environment: 'production', ...counts(0, 0, 0, 0) },
    ]);
  });

  it('reports 24 hourly buckets by default, the requests in the newest', async () => {
    const { admin } = account();
    await profiles(admin, 2, 1);

    const report = await usage(admin);

    const hourOfReport = Math.floor(Date.parse(report.to) / 3_600_000) * 3_600_000;
    expect(report).toMatchObject({ period: '24h', bucketSeconds: 3600 });
    expect(report.series).toHaveLength(24);
    expect(report.series[23].start).toBe(new Date(hourOfReport).toISOString());
    expect(report.from).toBe(report.series[0].start);
    expect(Date.parse(report.from)).toBe(hourOfReport - 23 * 3_600_000);
    // The newest bucket, unless the hour turned between the requests and the report.
    expect(report.series.slice(0, 22).every((point) => point.requests === 0)).toBe(true);
    expect(sum(report.series.slice(22))).toEqual(counts(3, 2, 1, 0));
  });

  it('reports 7 days in 6-hour buckets with the same totals', async () => {
    const { admin } = account();
    await profiles(admin, 2, 1);

    const day = await usage(admin, '?period=24h');
    const week = await usage(admin, '?period=7d');

    expect(week).toMatchObject({ period: '7d', bucketSeconds: 21600 });
    expect(week.series).toHaveLength(28);
    expect(Date.parse(week.from)).toBe(Date.parse(day.series[23].start) - 167 * 3_600_000);
    expect(day.totals).toEqual(counts(3, 2, 1, 0));
    // The first report's own request was flushed before the second was made.
    expect(week.totals).toEqual(counts(4, 3, 1, 0));
    expect(week.series.at(-1)).toMatchObject(counts(4, 3, 1, 0));
  });

  it('counts its own requests too', async () => {
    const { admin } = account();

    await usage(admin);
    await usage(admin);
    const report = await usage(admin);

    expect(report.byCredential).toEqual([
      { ...credentialOf(admin), environment: 'production', ...counts(2, 2, 0, 0) },
    ]);
  });

  it("shows each environment's pool as the requests left it", async () => {
    const { admin, developer } = account();
    await profiles(developer, 6, 0);
    await profiles(admin, 3, 0);

    const report = await usage(admin);

    const [development, production] = report.pools;
    expect(development).toMatchObject({
      environment: 'development',
      limit: DEVELOPMENT_POOL,
      windowSeconds: 600,
      used: DEVELOPMENT_POOL,
      remaining: 0,
    });
    // Three profiles and this report.
    expect(production).toMatchObject({
      environment: 'production',
      limit: 1000,
      windowSeconds: 600,
      used: 4,
      remaining: 996,
    });
    expect(development.resetSeconds).toBeGreaterThan(590);
    expect(development.resetSeconds).toBeLessThanOrEqual(600);
  });

  it("shows an operator's override of the account's pool", async () => {
    const { admin } = account();
    const redis = createRedis({ url: SHARED_REDIS_URL, keyPrefix: KEY_PREFIX });
    const overrides = new RateLimitOverrides(redis);
    try {
      await overrides.setAccountPool(admin.principal.accountId, 'production', {
        limit: 50,
        windowSeconds: 120,
      });

      const report = await usage(admin);

      expect(report.pools[1]).toMatchObject({
        environment: 'production',
        limit: 50,
        windowSeconds: 120,
        used: 1,
        remaining: 49,
      });
      expect(report.pools[0]).toMatchObject({
        environment: 'development',
        limit: DEVELOPMENT_POOL,
      });
    } finally {
      await overrides.resetAccount(admin.principal.accountId);
      redis.disconnect();
    }
  });

  it('shows a pool nobody has used yet as whole', async () => {
    const { admin } = account();

    const report = await usage(admin);

    expect(report.pools[0]).toEqual({
      environment: 'development',
      limit: DEVELOPMENT_POOL,
      windowSeconds: 600,
      used: 0,
      remaining: DEVELOPMENT_POOL,
      resetSeconds: 600,
    });
  });

  it('refuses an unknown period in the envelope', async () => {
    const { admin } = account();

    const response = await get('/api/v1/usage?period=30d', admin);

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      success: false,
      error: {
        code: 'validation_failed',
        details: [{ field: 'period', reason: 'period must be one of: 24h, 7d' }],
      },
    });
  });

  it('refuses a query parameter it does not know', async () => {
    const { admin } = account();

    const response = await get('/api/v1/usage?periods=7d', admin);

    expect(response.status).toBe(400);
    expect(response.body.error.details).toContainEqual(
      expect.objectContaining({ field: 'periods' }),
    );
  });

  it('needs keys:read', async () => {
    const { developer } = account();

    const response = await get('/api/v1/usage', developer);

    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('insufficient_scope');
  });

  it('counts a request refused for a missing permission as failed, out of the pool like any other', async () => {
    const { admin, developer } = account();
    const refused = await fakes.gateway.inject({
      method: 'GET',
      url: '/api/v1/usage',
      headers: bearer(developer.key),
    });

    const report = await usage(admin);

    expect(refused.statusCode).toBe(403);
    expect(refused.headers['x-ratelimit-limit']).toBe(String(DEVELOPMENT_POOL));
    expect(refused.headers['x-ratelimit-remaining']).toBe(String(DEVELOPMENT_POOL - 1));
    expect(report.byCredential).toContainEqual({
      ...credentialOf(developer),
      environment: 'development',
      ...counts(1, 0, 1, 0),
    });
  });
});
