import { runMigrations } from '@tally/nest-kit';
import { DataSource } from 'typeorm';
import { CREATORS_SCHEMA, creatorsDatabaseOptions } from '../../src/database/creators-database.js';

/** The test database (DATABASE_URL), migrated, on a small pool. */
export async function openCreatorsTestDatabase(): Promise<DataSource> {
  const url = process.env.DATABASE_URL as string;
  const db = await new DataSource(
    creatorsDatabaseOptions(url, 2, 'creators-data-tests'),
  ).initialize();
  await runMigrations(db, CREATORS_SCHEMA);
  return db;
}
