import {
  CreatorsSyncStart,
  CreatorsSyncStatus,
  type ReceivedRequestOf,
  type ReplyOf,
} from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { SyncService } from './sync.service.js';

@Controller()
export class SyncHandler {
  constructor(private readonly sync: SyncService) {}

  @Handles(CreatorsSyncStart)
  start(
    @Payload() request: ReceivedRequestOf<typeof CreatorsSyncStart>,
  ): Promise<ReplyOf<typeof CreatorsSyncStart>> {
    return this.sync.start(request.principal, request.creatorId, request.waitMs);
  }

  @Handles(CreatorsSyncStatus)
  status(
    @Payload() request: ReceivedRequestOf<typeof CreatorsSyncStatus>,
  ): Promise<ReplyOf<typeof CreatorsSyncStatus>> {
    return this.sync.status(request.principal, request.creatorId);
  }
}
