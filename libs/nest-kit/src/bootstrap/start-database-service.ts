import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource, DataSourceOptions } from 'typeorm';
import type { BaseEnv } from '../config/env-schemas.js';
import { openDatabase } from '../database/open-database.js';
import { runMigrations } from '../database/run-migrations.js';
import { createLogger } from '../logging/logger.js';
import { startNatsService } from './start-nats-service.js';

export interface DatabaseServiceOptions {
  /** Service name: NATS queue group, log field, metrics label. */
  service: string;
  config: BaseEnv & { DATABASE_URL: string };
  healthPort: number;
  schema: string;
  databaseOptions: DataSourceOptions;
  module: (dataSource: DataSource) => DynamicModule;
  /** Tests start several apps in one process and stop them themselves. */
  installSignalHandlers?: boolean;
}

/** Connects to Postgres, applies the schema's pending migrations, then takes NATS messages. */
export async function startDatabaseService(
  options: DatabaseServiceOptions,
): Promise<NestFastifyApplication> {
  const { config } = options;
  const logger = createLogger({ service: options.service, level: config.LOG_LEVEL });
  const dataSource = await openDatabase(config.DATABASE_URL, options.databaseOptions);
  try {
    const applied = await runMigrations(dataSource, options.schema);
    if (applied.length > 0) logger.info({ msg: 'migrations applied', migrations: applied });
    return await startNatsService({
      module: options.module(dataSource),
      logger,
      queue: options.service,
      natsServers: config.NATS_URL,
      subjectPrefix: config.NATS_SUBJECT_PREFIX,
      healthPort: options.healthPort,
      shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
      installSignalHandlers: options.installSignalHandlers,
    });
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    throw error;
  }
}

/** The `migrate` command of a service: apply pending migrations and report them. */
export async function migrateSchema(
  service: string,
  url: string,
  options: DataSourceOptions,
  schema: string,
): Promise<string> {
  const dataSource = await openDatabase(url, options);
  try {
    const applied = await runMigrations(dataSource, schema);
    return `${service}: ${applied.length === 0 ? 'schema up to date' : `applied ${applied.join(', ')}`}`;
  } finally {
    await dataSource.destroy();
  }
}
