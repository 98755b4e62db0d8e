import { postgresOptions } from '@tally/nest-kit';
import type { DataSourceOptions } from 'typeorm';
import { CreateWebhooks1765300000000 } from './migrations/1765300000000-create-webhooks.js';

export const WEBHOOKS_SCHEMA = 'webhooks';

/** The webhooks schema: endpoints, the events they heard, and every delivery. */
export function webhooksDatabaseOptions(
  url: string,
  poolSize?: number,
  applicationName = 'tally-webhooks',
): DataSourceOptions {
  return postgresOptions({
    url,
    schema: WEBHOOKS_SCHEMA,
    entities: [],
    migrations: [CreateWebhooks1765300000000],
    poolSize,
    applicationName,
  });
}
