import {
  CreatorReauthRequired,
  CreatorSynced,
  CreatorSyncFailed,
  type EventDeclaration,
  type EventToSend,
} from '@tally/contracts';
import { ServiceClient } from '@tally/nest-kit';
import { Injectable, Logger } from '@nestjs/common';

/**
 * Creator events of the sync pipeline. They announce what is already stored,
 * so a bus outage is logged rather than failing (and re-running) the job.
 */
@Injectable()
export class CreatorEventsPublisher {
  private readonly logger = new Logger(CreatorEventsPublisher.name);

  constructor(private readonly bus: ServiceClient) {}

  synced(event: EventToSend<typeof CreatorSynced>): Promise<void> {
    return this.publish(CreatorSynced, event);
  }

  reauthRequired(event: EventToSend<typeof CreatorReauthRequired>): Promise<void> {
    return this.publish(CreatorReauthRequired, event);
  }

  syncFailed(event: EventToSend<typeof CreatorSyncFailed>): Promise<void> {
    return this.publish(CreatorSyncFailed, event);
  }

  private async publish<D extends EventDeclaration>(
    declaration: D,
    event: EventToSend<D> & { creatorId: string },
  ): Promise<void> {
    try {
      await this.bus.emit(declaration, event);
    } catch (error) {
      this.logger.warn({
        msg: 'event not published',
        subject: declaration.subject,
        creatorId: event.creatorId,
        err: error,
      });
    }
  }
}
