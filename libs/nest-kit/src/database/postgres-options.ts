import type { DataSourceOptions } from 'typeorm';

export interface PostgresSchemaOptions {
  url: string;
  /** The service's own schema; its migrations table lives there too. */
  schema: string;
  entities: NonNullable<DataSourceOptions['entities']>;
  migrations: NonNullable<DataSourceOptions['migrations']>;
  poolSize?: number;
  applicationName: string;
}

/** TypeORM options for one service's schema. Never `synchronize`: migrations only. */
export function postgresOptions(options: PostgresSchemaOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    logging: false,
    applicationName: options.applicationName,
    poolSize: options.poolSize ?? 10,
    extra: { connectionTimeoutMillis: 5000 },
  };
}
