import { startDatabaseService } from '@tally/nest-kit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { IdentityConfig } from './config/identity.config.js';
import { IDENTITY_SCHEMA, identityDatabaseOptions } from './database/identity-database.js';
import { IdentityModule } from './identity.module.js';

export function startIdentity(
  config: IdentityConfig,
  options: { installSignalHandlers?: boolean } = {},
): Promise<NestFastifyApplication> {
  return startDatabaseService({
    service: 'identity',
    config,
    healthPort: config.IDENTITY_HEALTH_PORT,
    schema: IDENTITY_SCHEMA,
    databaseOptions: identityDatabaseOptions(config.DATABASE_URL, config.DATABASE_POOL_SIZE),
    module: (dataSource) => IdentityModule.register(config, dataSource),
    installSignalHandlers: options.installSignalHandlers,
  });
}
