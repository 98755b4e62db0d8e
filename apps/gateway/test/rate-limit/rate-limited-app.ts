import { AppError, ENVIRONMENTS, type Principal } from '@tally/contracts';
import { HealthModule } from '@tally/nest-kit';
import { waitFor } from '@tally/testing';
import { CanActivate, Controller, ExecutionContext, Get, Injectable, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorEnvelopeFilter } from '../../src/http/error-envelope.filter.js';
import { enforceRateLimit } from '../../src/rate-limit/enforce-rate-limit.js';
import { RateLimitRedisHealthIndicator } from '../../src/rate-limit/rate-limit-redis.health.js';
import { RateLimitGuard } from '../../src/rate-limit/rate-limit.guard.js';
import { RateLimitModule } from '../../src/rate-limit/rate-limit.module.js';
import type { RateLimitOptions } from '../../src/rate-limit/rate-limit.options.js';
import { RateLimitService } from '../../src/rate-limit/rate-limit.service.js';

/**
 * Stands in for the real authentication: `x-test-account` and `x-test-credential`
 * name the caller; `x-test-credential: invalid` is refused with 401, after being
 * counted against the IP limit as the real guard should.
 */
@Injectable()
class HeaderAuthGuard implements CanActivate {
  constructor(private readonly rateLimits: RateLimitService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & { principal?: Principal }>();
    if (request.headers['x-test-credential'] === 'invalid') {
      await enforceRateLimit(this.rateLimits, request, http.getResponse<FastifyReply>());
      throw new AppError('unauthorized', 'The API key is not valid.');
    }
    const accountId = request.headers['x-test-account'];
    const credentialId = request.headers['x-test-credential'];
    if (typeof accountId === 'string' && typeof credentialId === 'string') {
      const environment = ENVIRONMENTS.find((name) => name === request.headers['x-test-env']);
      request.principal = {
        accountId,
        credentialId,
        credentialType: 'secret_key',
        environment: environment ?? 'production',
        permissions: ['creators:read'],
        expiresAt: null,
      };
    }
    return true;
  }
}

@Controller('probe')
class ProbeController {
  @Get()
  probe(): { ok: true } {
    return { ok: true };
  }
}

/** The gateway's wiring in small: authentication, then rate limiting, then the route. */
export async function startRateLimitedApp(
  options: RateLimitOptions,
): Promise<NestFastifyApplication> {
  @Module({
    imports: [
      RateLimitModule.register(options),
      HealthModule.forRoot([RateLimitRedisHealthIndicator]),
    ],
    controllers: [ProbeController],
    providers: [
      { provide: APP_GUARD, useClass: HeaderAuthGuard },
      { provide: APP_GUARD, useClass: RateLimitGuard },
      { provide: APP_FILTER, useClass: ErrorEnvelopeFilter },
    ],
  })
  class RateLimitedAppModule {}

  const app = await NestFactory.create<NestFastifyApplication>(
    RateLimitedAppModule,
    new FastifyAdapter(),
    { logger: false },
  );
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

export function asCredential(accountId: string, credentialId: string): Record<string, string> {
  return { 'x-test-account': accountId, 'x-test-credential': credentialId };
}

export async function readiness(
  app: NestFastifyApplication,
): Promise<{ status: string; checks: Record<string, { status: string; detail?: string }> }> {
  const response = await app.inject({ method: 'GET', url: '/health/ready', remoteAddress: '::1' });
  return response.json();
}

/** Waits until requests are counted in Redis again (after a test stopped and restarted it). */
export async function waitUntilRedisIsUsed(app: NestFastifyApplication): Promise<void> {
  await waitFor(
    () => readiness(app),
    (report) => report.checks.redis?.status === 'up',
    { timeoutMs: 10000, intervalMs: 20 },
  );
}
