import {
  CreatorConnected,
  CreatorDisconnected,
  CreatorReauthRequired,
  CreatorSynced,
  CreatorSyncFailed,
  CreatorSyncRequested,
  RedirectUrlsReplaced,
  type EventPayloadOf,
} from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CreatorAuditService } from './creator-audit.service.js';

/**
 * Creator events for the audit log. Identity's server subscribes with its
 * queue group, so one replica records each event; an event its declaration
 * refuses is dropped before it gets here.
 */
@Controller()
export class CreatorEventsHandler {
  constructor(private readonly creators: CreatorAuditService) {}

  @Handles(CreatorConnected)
  connected(@Payload() event: EventPayloadOf<typeof CreatorConnected>): Promise<void> {
    return this.creators.connected(event);
  }

  @Handles(CreatorDisconnected)
  disconnected(@Payload() event: EventPayloadOf<typeof CreatorDisconnected>): Promise<void> {
    return this.creators.disconnected(event);
  }

  @Handles(CreatorSyncRequested)
  syncRequested(@Payload() event: EventPayloadOf<typeof CreatorSyncRequested>): Promise<void> {
    return this.creators.syncRequested(event);
  }

  @Handles(CreatorSynced)
  synced(@Payload() event: EventPayloadOf<typeof CreatorSynced>): Promise<void> {
    return this.creators.synced(event);
  }

  @Handles(CreatorSyncFailed)
  syncFailed(@Payload() event: EventPayloadOf<typeof CreatorSyncFailed>): Promise<void> {
    return this.creators.syncFailed(event);
  }

  @Handles(RedirectUrlsReplaced)
  redirectUrlsReplaced(
    @Payload() event: EventPayloadOf<typeof RedirectUrlsReplaced>,
  ): Promise<void> {
    return this.creators.redirectUrlsReplaced(event);
  }

  @Handles(CreatorReauthRequired)
  reauthRequired(@Payload() event: EventPayloadOf<typeof CreatorReauthRequired>): Promise<void> {
    return this.creators.reauthRequired(event);
  }
}
