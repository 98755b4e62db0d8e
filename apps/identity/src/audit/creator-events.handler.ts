import {
  type CreatorConnectedEvent,
  type CreatorDisconnectedEvent,
  type CreatorReauthRequiredEvent,
  CreatorsEvents,
  type CreatorSyncedEvent,
  type CreatorSyncFailedEvent,
  type CreatorSyncRequestedEvent,
} from '@tally/contracts';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { CreatorAuditService } from './creator-audit.service.js';

/**
 * Creator events for the audit log. Identity's server subscribes with its
 * queue group, so one replica records each event.
 */
@Controller()
export class CreatorEventsHandler {
  constructor(private readonly creators: CreatorAuditService) {}

  @EventPattern(CreatorsEvents.connected)
  connected(@Payload() event: CreatorConnectedEvent): Promise<void> {
    return this.creators.connected(event);
  }

  @EventPattern(CreatorsEvents.disconnected)
  disconnected(@Payload() event: CreatorDisconnectedEvent): Promise<void> {
    return this.creators.disconnected(event);
  }

  @EventPattern(CreatorsEvents.syncRequested)
  syncRequested(@Payload() event: CreatorSyncRequestedEvent): Promise<void> {
    return this.creators.syncRequested(event);
  }

  @EventPattern(CreatorsEvents.synced)
  synced(@Payload() event: CreatorSyncedEvent): Promise<void> {
    return this.creators.synced(event);
  }

  @EventPattern(CreatorsEvents.syncFailed)
  syncFailed(@Payload() event: CreatorSyncFailedEvent): Promise<void> {
    return this.creators.syncFailed(event);
  }

  @EventPattern(CreatorsEvents.reauthRequired)
  reauthRequired(@Payload() event: CreatorReauthRequiredEvent): Promise<void> {
    return this.creators.reauthRequired(event);
  }
}
