import {
  CREATORS_SCHEMA,
  creatorsDataProviders,
  creatorTokenRefresherProvider,
  grantRevokerProvider,
  queueProviders,
  syncRanksProvider,
  tokenKeyringFrom,
  tokenLockFactoryProvider,
} from '@tally/creators-data';
import { jetStreamInboxPrefix, outboxRelayProviders, serviceCoreModules } from '@tally/nest-kit';
import { DynamicModule, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CreatorsConfig } from './config/creators.config.js';
import { CREATORS_CONFIG } from './config/creators.tokens.js';
import { ConnectHandler } from './connect/connect.handler.js';
import { ConnectService } from './connect/connect.service.js';
import { CreatorsHandler } from './creators/creators.handler.js';
import { CreatorsService } from './creators/creators.service.js';
import { DisconnectService } from './disconnect/disconnect.service.js';
import { PingHandler } from './health/ping.handler.js';
import { ResourcesHandler } from './resources/resources.handler.js';
import { ResourcesService } from './resources/resources.service.js';
import { YouTubePublicLookups } from './resources/youtube-public-lookups.js';
import { SyncHandler } from './sync/sync.handler.js';
import { SyncQueue } from './sync/sync-queue.js';
import { PlatformQuotaGuard } from './sync/platform-quota.js';
import { SyncService } from './sync/sync.service.js';
import { PlatformSuiteCloser, platformSuiteProvider } from './platforms/platform-suite.provider.js';
import { PlatformUsageHandler } from './platforms/platform-usage.handler.js';
import { PlatformUsageService } from './platforms/platform-usage.service.js';

@Module({})
export class CreatorsModule {
  static register(config: CreatorsConfig, dataSource: DataSource): DynamicModule {
    return {
      module: CreatorsModule,
      imports: [
        ...serviceCoreModules({
          service: 'creators',
          config,
          dataSource,
          redis: { url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX },
        }),
      ],
      controllers: [
        PingHandler,
        ConnectHandler,
        CreatorsHandler,
        SyncHandler,
        ResourcesHandler,
        PlatformUsageHandler,
      ],
      providers: [
        { provide: CREATORS_CONFIG, useValue: config },
        ...creatorsDataProviders(tokenKeyringFrom(config, config.NODE_ENV)),
        platformSuiteProvider(config),
        PlatformSuiteCloser,
        PlatformUsageService,
        tokenLockFactoryProvider(config.TIKTOK_TIMEOUT_MS),
        creatorTokenRefresherProvider,
        grantRevokerProvider,
        // Producers answer requests: with Redis away, queueing fails at once instead of holding them.
        ...queueProviders(
          { url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX },
          'failFast',
        ),
        ConnectService,
        CreatorsService,
        DisconnectService,
        SyncQueue,
        syncRanksProvider,
        SyncService,
        PlatformQuotaGuard,
        ResourcesService,
        YouTubePublicLookups,
        // Publishes the creators schema's outbox: this service's events and the sync workers'.
        ...outboxRelayProviders({
          schema: CREATORS_SCHEMA,
          servers: config.NATS_URL,
          subjectPrefix: config.NATS_SUBJECT_PREFIX,
          connectionName: 'creators-outbox-relay',
          inboxPrefix: jetStreamInboxPrefix('creators'),
        }),
      ],
    };
  }
}
