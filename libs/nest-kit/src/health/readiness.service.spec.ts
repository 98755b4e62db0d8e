import { HealthIndicator } from './health-indicator.js';
import { ReadinessService } from './readiness.service.js';

function indicator(name: string, check: HealthIndicator['check']): HealthIndicator {
  return { name, check };
}

describe('ReadinessService', () => {
  it('is ok when every dependency is up', async () => {
    const sut = new ReadinessService([
      indicator('postgres', async () => ({ status: 'up' })),
      indicator('nats', async () => ({ status: 'up' })),
    ]);

    await expect(sut.report()).resolves.toEqual({
      status: 'ok',
      checks: { postgres: { status: 'up' }, nats: { status: 'up' } },
    });
  });

  it('is degraded when a dependency works in a reduced mode', async () => {
    const sut = new ReadinessService([
      indicator('redis', async () => ({ status: 'degraded', detail: 'fallback limiter' })),
    ]);

    await expect(sut.report()).resolves.toMatchObject({ status: 'degraded' });
  });

  it('is unavailable and says why when a dependency fails', async () => {
    const sut = new ReadinessService([
      indicator('postgres', async () => {
        throw new Error('connection refused');
      }),
      indicator('nats', async () => ({ status: 'up' })),
    ]);

    await expect(sut.report()).resolves.toEqual({
      status: 'unavailable',
      checks: {
        postgres: { status: 'down', detail: 'connection refused' },
        nats: { status: 'up' },
      },
    });
  });

  it('counts a dependency that hangs as down instead of hanging itself', async () => {
    const sut = new ReadinessService([indicator('redis', () => new Promise(() => undefined))]);

    const report = await sut.report();
    expect(report.checks.redis).toEqual({ status: 'down', detail: 'no answer within 2000 ms' });
  });
});
