import { METRICS_REGISTRY } from '@tally/nest-kit';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import { rateLimitRefusal } from '../rate-limit/enforce-rate-limit.js';
import { HttpRequestMetrics, UNMATCHED_ROUTE } from './http-request.metrics.js';
import { RateLimitRefusalMetrics } from './rate-limit-refusal.metrics.js';

/**
 * Records every request once it is answered, when its final status is known
 * (the guards' and the error filter's answers included): by the route the
 * router matched, and for a 429 of the gateway's rate limiter, the limit.
 */
export function registerMetricsHook(
  fastify: FastifyInstance,
  requests: HttpRequestMetrics,
  refusals: RateLimitRefusalMetrics,
): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const status = reply.statusCode;
    requests.record(
      request.routeOptions.url ?? UNMATCHED_ROUTE,
      request.method,
      status,
      reply.elapsedTime / 1000,
    );
    if (status === 429) {
      const limit = rateLimitRefusal(request);
      if (limit) refusals.refused(limit);
    }
    done();
  });
}

/** The gateway's HTTP metrics in the app's registry (served on METRICS_PORT). */
@Injectable()
export class GatewayMetricsHook implements OnModuleInit {
  private readonly requests: HttpRequestMetrics;
  private readonly refusals: RateLimitRefusalMetrics;

  constructor(
    @Inject(METRICS_REGISTRY) registry: Registry,
    private readonly adapterHost: HttpAdapterHost,
  ) {
    this.requests = new HttpRequestMetrics(registry);
    this.refusals = new RateLimitRefusalMetrics(registry);
  }

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (fastify) registerMetricsHook(fastify, this.requests, this.refusals);
  }
}
