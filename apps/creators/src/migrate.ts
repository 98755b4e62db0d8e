import 'reflect-metadata';
import { migrateSchema, runMain } from '@tally/nest-kit';
import { loadCreatorsConfig } from './config/creators.config.js';
import { CREATORS_SCHEMA, creatorsDatabaseOptions } from '@tally/creators-data';

runMain('creators migrations', async () => {
  const { DATABASE_URL } = loadCreatorsConfig();
  const report = await migrateSchema(
    'creators',
    DATABASE_URL,
    creatorsDatabaseOptions(DATABASE_URL, 2),
    CREATORS_SCHEMA,
  );
  process.stdout.write(`${report}\n`);
});
