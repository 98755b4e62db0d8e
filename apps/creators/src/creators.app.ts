import { startDatabaseService } from '@tally/nest-kit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CreatorsConfig } from './config/creators.config.js';
import { CREATORS_SCHEMA, creatorsDatabaseOptions } from '@tally/creators-data';
import { CreatorsModule } from './creators.module.js';

export function startCreators(
  config: CreatorsConfig,
  options: { installSignalHandlers?: boolean } = {},
): Promise<NestFastifyApplication> {
  return startDatabaseService({
    service: 'creators',
    config,
    healthPort: config.CREATORS_HEALTH_PORT,
    schema: CREATORS_SCHEMA,
    databaseOptions: creatorsDatabaseOptions(config.DATABASE_URL, config.DATABASE_POOL_SIZE),
    module: (dataSource) => CreatorsModule.register(config, dataSource),
    installSignalHandlers: options.installSignalHandlers,
  });
}
