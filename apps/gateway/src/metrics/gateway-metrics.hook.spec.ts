import { METRICS_REGISTRY } from '@tally/nest-kit';
import { waitFor } from '@tally/testing';
import { Controller, Get, Module, Param } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Registry } from 'prom-client';
import { rateLimitOptions } from '../../test/rate-limit/fixtures.js';
import { ErrorEnvelopeFilter } from '../http/error-envelope.filter.js';
import { RateLimitGuard } from '../rate-limit/rate-limit.guard.js';
import { RateLimitModule } from '../rate-limit/rate-limit.module.js';
import { RateLimitService } from '../rate-limit/rate-limit.service.js';
import { GatewayMetricsHook } from './gateway-metrics.hook.js';

@Controller('probe')
class ProbeController {
  @Get(':id')
  probe(@Param('id') id: string): { id: string } {
    return { id };
  }
}

/** The value of the series with exactly these labels in the registry's exposition text. */
async function valueOf(registry: Registry, name: string, labels: string): Promise<number> {
  const text = await registry.metrics();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name}{${labels}`));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('GatewayMetricsHook', () => {
  const registry = new Registry();
  let app: NestFastifyApplication;
  let ip = 0;
  // Each test its own client address: the IP limit (2 per window) counts per address.
  const nextIp = () => `203.0.113.${++ip}`;

  beforeAll(async () => {
    @Module({
      imports: [
        RateLimitModule.register(rateLimitOptions({ ip: { limit: 2, windowSeconds: 600 } })),
      ],
      controllers: [ProbeController],
      providers: [
        { provide: METRICS_REGISTRY, useValue: registry },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_FILTER, useClass: ErrorEnvelopeFilter },
        GatewayMetricsHook,
      ],
    })
    class MeteredAppModule {}

    app = await NestFactory.create<NestFastifyApplication>(MeteredAppModule, new FastifyAdapter(), {
      logger: false,
    });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    // Refusals are decided in Redis once its connection is up; until then, in memory.
    await waitFor(
      () => app.get(RateLimitService).redisHealth(),
      (health) => health.status === 'up',
    );
  });

  afterAll(async () => {
    await app?.close();
  });

  it('counts and times requests by the route that matched, never the URL', async () => {
    const remoteAddress = nextIp();
    await app.inject({ method: 'GET', url: '/probe/creator-1', remoteAddress });
    await app.inject({ method: 'GET', url: '/probe/creator-2?x=1', remoteAddress });

    const labels = 'route="/probe/:id",method="GET",status="200"';
    expect(await valueOf(registry, 'tally_http_requests_total', labels)).toBe(2);
    expect(await valueOf(registry, 'tally_http_request_duration_seconds_count', labels)).toBe(2);
    expect(await registry.metrics()).not.toContain('creator-1');
  });

  it('puts every request no route matched under one label', async () => {
    await app.inject({ method: 'GET', url: '/no/such/thing', remoteAddress: nextIp() });
    await app.inject({ method: 'GET', url: '/nor/this', remoteAddress: nextIp() });

    expect(
      await valueOf(
        registry,
        'tally_http_requests_total',
        'route="unmatched",method="GET",status="404"',
      ),
    ).toBe(2);
    expect(await registry.metrics()).not.toContain('/no/such/thing');
  });

  it('counts a refusal of the rate limiter by the limit that refused, and its 429', async () => {
    const remoteAddress = nextIp();
    const refusalsBefore = await valueOf(registry, 'tally_rate_limit_refusals_total', 'limit="ip"');

    const statuses: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await app.inject({ method: 'GET', url: '/probe/x', remoteAddress });
      statuses.push(response.statusCode);
    }

    expect(statuses).toEqual([200, 200, 429]);
    expect(await valueOf(registry, 'tally_rate_limit_refusals_total', 'limit="ip"')).toBe(
      refusalsBefore + 1,
    );
    expect(
      await valueOf(
        registry,
        'tally_http_requests_total',
        'route="/probe/:id",method="GET",status="429"',
      ),
    ).toBe(1);
  });

  it('shows every limit from the start, at 0 until it refuses', async () => {
    expect(await registry.getSingleMetricAsString('tally_rate_limit_refusals_total')).toContain(
      'tally_rate_limit_refusals_total{limit="publishable-ip"} 0',
    );
  });
});
