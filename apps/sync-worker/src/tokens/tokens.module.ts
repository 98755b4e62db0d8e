import { creatorTokenRefresherProvider, TokenLockFactory } from '@tally/creators-data';
import { REDIS } from '@tally/nest-kit';
import { TokenRefresher } from '@tally/platform-kit';
import { Module } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { SyncWorkerConfig } from '../config/sync-worker.config.js';
import { SYNC_WORKER_CONFIG } from '../config/sync-worker.tokens.js';
import { PlatformsModule } from '../platforms/platforms.module.js';

@Module({
  imports: [PlatformsModule],
  providers: [
    {
      provide: TokenLockFactory,
      useFactory: (redis: Redis, config: SyncWorkerConfig) =>
        new TokenLockFactory(redis, config.TIKTOK_TIMEOUT_MS),
      inject: [REDIS, SYNC_WORKER_CONFIG],
    },
    creatorTokenRefresherProvider,
  ],
  exports: [TokenLockFactory, TokenRefresher],
})
export class TokensModule {}
