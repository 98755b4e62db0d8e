import { AppError, CreatorsSubjects, type PlatformUsageReport } from '@tally/contracts';
import { bearer, GatewayWithFakes, startGatewayWithFakes } from './gateway-with-fakes.js';

const REPORT: PlatformUsageReport = {
  platforms: [
    { platform: 'TIKTOK', limit: '600 calls per 1 minute(s) per endpoint', quota: null },
    { platform: 'INSTAGRAM', limit: '200 calls per 1 hour(s) per creator', quota: null },
    {
      platform: 'YOUTUBE',
      limit: '10000 units per day',
      quota: {
        unitsPerDay: 10000,
        used: 1234,
        remaining: 8766,
        reserve: 1000,
        resetsAt: '2026-12-08T08:00:00.000Z',
      },
    },
  ],
};

describe('GET /api/v1/usage/platforms', () => {
  let fakes: GatewayWithFakes;

  beforeAll(async () => {
    fakes = await startGatewayWithFakes();
  });

  afterAll(async () => {
    await fakes?.stop();
  });

  const get = (key: string) =>
    fakes.gateway.inject({ method: 'GET', url: '/api/v1/usage/platforms', headers: bearer(key) });

  it("answers the creators service's report of each platform's budget", async () => {
    const { key, principal } = fakes.keys.add('secret', ['keys:read']);
    fakes.creators.on(CreatorsSubjects.platformUsage, REPORT);

    const response = await get(key);

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ success: true, data: REPORT });
    expect(fakes.creators.last(CreatorsSubjects.platformUsage)).toEqual({ principal });
  });

  it('needs keys:read, as the account usage does', async () => {
    const { key } = fakes.keys.add('secret', ['creators:read']);

    const response = await get(key);

    expect(response.statusCode).toBe(403);
  });

  it('answers 503 in the envelope when the creators service cannot read the quota', async () => {
    const { key } = fakes.keys.add('secret', ['keys:read']);
    fakes.creators.fail(
      CreatorsSubjects.platformUsage,
      new AppError('service_unavailable', 'Redis is away.'),
    );

    const response = await get(key);

    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({
      success: false,
      error: { code: 'service_unavailable' },
    });
  });
});
