import {
  type CreatorReauthRequiredEvent,
  CreatorsEvents,
  type CreatorSyncedEvent,
  type CreatorSyncFailedEvent,
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

  synced(event: CreatorSyncedEvent): Promise<void> {
    return this.publish(CreatorsEvents.synced, event);
  }

  reauthRequired(event: CreatorReauthRequiredEvent): Promise<void> {
    return this.publish(CreatorsEvents.reauthRequired, event);
  }

  syncFailed(event: CreatorSyncFailedEvent): Promise<void> {
    return this.publish(CreatorsEvents.syncFailed, event);
  }

  private async publish(subject: string, event: { creatorId: string }): Promise<void> {
    try {
      await this.bus.emit(subject, event);
    } catch (error) {
      this.logger.warn({
        msg: 'event not published',
        subject,
        creatorId: event.creatorId,
        err: error,
      });
    }
  }
}
