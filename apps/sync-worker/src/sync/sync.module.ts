import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { PlatformsModule } from '../platforms/platforms.module.js';
import { TokensModule } from '../tokens/tokens.module.js';
import { CreatorSyncHandler } from './creator-sync.handler.js';
import { CreatorSyncService } from './creator-sync.service.js';

@Module({
  imports: [PlatformsModule, TokensModule, EventsModule],
  providers: [CreatorSyncService, CreatorSyncHandler],
  exports: [CreatorSyncHandler],
})
export class SyncModule {}
