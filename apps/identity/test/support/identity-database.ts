import { runMigrations } from '@tally/nest-kit';
import { DataSource } from 'typeorm';
import { IDENTITY_SCHEMA, identityDatabaseOptions } from '../../src/database/identity-database.js';

/**
 * The identity schema of the test database, migrated: what the services run
 * against in production. A service's transaction holds one connection while it
 * reads roles through another, hence a pool of more than one.
 */
export async function openIdentityDatabase(
  url = process.env.DATABASE_URL as string,
): Promise<DataSource> {
  const dataSource = await new DataSource(identityDatabaseOptions(url, 4)).initialize();
  await runMigrations(dataSource, IDENTITY_SCHEMA);
  return dataSource;
}
