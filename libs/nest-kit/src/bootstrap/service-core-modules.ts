import type { DynamicModule, ModuleMetadata, Type } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { BaseEnv } from '../config/env-schemas.js';
import { DatabaseModule } from '../database/database.module.js';
import { PostgresHealthIndicator } from '../database/postgres.health.js';
import type { HealthIndicator } from '../health/health-indicator.js';
import { HealthModule } from '../health/health.module.js';
import { MetricsModule } from '../metrics/metrics.module.js';
import { NatsClientModule } from '../nats/nats-client.module.js';
import { NatsHealthIndicator } from '../nats/nats.health.js';
import { RedisHealthIndicator, RedisModule, RedisModuleOptions } from '../redis/redis.module.js';

export interface CoreModulesOptions {
  service: string;
  config: BaseEnv;
  /** Postgres, when the app uses it: shared and checked by readiness. */
  dataSource?: DataSource;
  /** Redis, when the app uses it: shared and checked by readiness. */
  redis?: RedisModuleOptions;
  /** The app's own readiness checks, and the modules that provide them. */
  extraHealthIndicators?: Type<HealthIndicator>[];
  healthImports?: ModuleMetadata['imports'];
  /** False for an app whose port faces the public: it serves /metrics elsewhere. */
  metricsOnAppPort?: boolean;
}

/**
 * What every Tally app is built on: its NATS client, metrics, health over the
 * dependencies it uses, and (when it uses them) Postgres and Redis.
 */
export function serviceCoreModules(options: CoreModulesOptions): DynamicModule[] {
  const { config } = options;
  const modules: DynamicModule[] = [
    NatsClientModule.forRoot({
      servers: config.NATS_URL,
      name: options.service,
      subjectPrefix: config.NATS_SUBJECT_PREFIX,
      requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS,
    }),
    MetricsModule.forRoot(options.service, { onAppPort: options.metricsOnAppPort }),
  ];
  const indicators: Type<HealthIndicator>[] = [];
  if (options.dataSource) {
    modules.push(DatabaseModule.forRoot(options.dataSource));
    indicators.push(PostgresHealthIndicator);
  }
  if (options.redis) {
    modules.push(RedisModule.forRoot(options.redis));
    indicators.push(RedisHealthIndicator);
  }
  indicators.push(NatsHealthIndicator, ...(options.extraHealthIndicators ?? []));
  modules.push(HealthModule.forRoot(indicators, options.healthImports));
  return modules;
}
