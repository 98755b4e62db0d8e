import { Controller, DynamicModule, Get, Header, Inject, Module } from '@nestjs/common';
import type { Registry } from 'prom-client';
import { OperatorRoute } from '../http/route-access.decorators.js';
import { metricsRegistry } from './metrics-registry.js';

export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

@Controller('metrics')
@OperatorRoute()
class MetricsController {
  constructor(@Inject(METRICS_REGISTRY) private readonly registry: Registry) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async metrics(): Promise<string> {
    return this.registry.metrics();
  }
}

/**
 * Shares the registry with the app's own metrics and serves `/metrics` on the
 * app's port, unless `onAppPort` is false (the gateway, whose port is public,
 * serves them on a port of its own: metrics-server.ts).
 */
@Module({})
export class MetricsModule {
  static forRoot(service: string, options: { onAppPort?: boolean } = {}): DynamicModule {
    return {
      module: MetricsModule,
      global: true,
      controllers: options.onAppPort === false ? [] : [MetricsController],
      providers: [{ provide: METRICS_REGISTRY, useValue: metricsRegistry(service) }],
      exports: [METRICS_REGISTRY],
    };
  }
}
