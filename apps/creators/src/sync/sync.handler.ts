import {
  CreatorRequest,
  CreatorsSubjects,
  StartSyncRequest,
  SyncOutcome,
  SyncStatusView,
} from '@tally/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { SyncService } from './sync.service.js';

const MAX_WAIT_MS = 120_000;

@Controller()
export class SyncHandler {
  constructor(private readonly sync: SyncService) {}

  @MessagePattern(CreatorsSubjects.startSync)
  start(@Payload() request: StartSyncRequest): Promise<SyncOutcome> {
    const waitMs = Number.isFinite(request.waitMs)
      ? Math.min(Math.max(request.waitMs, 0), MAX_WAIT_MS)
      : 0;
    return this.sync.start(request.principal, request.creatorId, waitMs);
  }

  @MessagePattern(CreatorsSubjects.syncStatus)
  status(@Payload() request: CreatorRequest): Promise<SyncStatusView> {
    return this.sync.status(request.principal, request.creatorId);
  }
}
