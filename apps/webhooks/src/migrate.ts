import 'reflect-metadata';
import { migrateSchema, runMain } from '@tally/nest-kit';
import { loadWebhooksConfig } from './config/webhooks.config.js';
import { WEBHOOKS_SCHEMA, webhooksDatabaseOptions } from './database/webhooks-database.js';

runMain('webhooks migrations', async () => {
  const { DATABASE_URL } = loadWebhooksConfig();
  const report = await migrateSchema(
    'webhooks',
    DATABASE_URL,
    webhooksDatabaseOptions(DATABASE_URL, 2),
    WEBHOOKS_SCHEMA,
  );
  process.stdout.write(`${report}\n`);
});
