import { Module } from '@nestjs/common';
import { CreatorSyncQueue } from './creator-sync-queue.js';

@Module({
  providers: [CreatorSyncQueue],
  exports: [CreatorSyncQueue],
})
export class CreatorSyncQueueModule {}
