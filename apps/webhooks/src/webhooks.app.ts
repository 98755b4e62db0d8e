import { startDatabaseService } from '@tally/nest-kit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { WebhooksConfig } from './config/webhooks.config.js';
import { WEBHOOKS_SCHEMA, webhooksDatabaseOptions } from './database/webhooks-database.js';
import { WebhooksModule } from './webhooks.module.js';

export function startWebhooks(
  config: WebhooksConfig,
  options: { installSignalHandlers?: boolean } = {},
): Promise<NestFastifyApplication> {
  return startDatabaseService({
    service: 'webhooks',
    config,
    healthPort: config.WEBHOOKS_HEALTH_PORT,
    schema: WEBHOOKS_SCHEMA,
    databaseOptions: webhooksDatabaseOptions(config.DATABASE_URL, config.DATABASE_POOL_SIZE),
    module: (dataSource) => WebhooksModule.register(config, dataSource),
    installSignalHandlers: options.installSignalHandlers,
  });
}
