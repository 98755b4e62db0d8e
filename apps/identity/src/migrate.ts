import 'reflect-metadata';
import { migrateSchema, runMain } from '@tally/nest-kit';
import { loadIdentityConfig } from './config/identity.config.js';
import { IDENTITY_SCHEMA, identityDatabaseOptions } from './database/identity-database.js';

runMain('identity migrations', async () => {
  const { DATABASE_URL } = loadIdentityConfig();
  const report = await migrateSchema(
    'identity',
    DATABASE_URL,
    identityDatabaseOptions(DATABASE_URL, 2),
    IDENTITY_SCHEMA,
  );
  process.stdout.write(`${report}\n`);
});
