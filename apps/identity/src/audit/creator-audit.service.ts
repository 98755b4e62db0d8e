import type {
  AuditActorRef,
  CreatorConnectedEvent,
  CreatorDisconnectedEvent,
  CreatorReauthRequiredEvent,
  CreatorSyncedEvent,
  CreatorSyncFailedEvent,
  CreatorSyncRequestedEvent,
  Platform,
  RedirectUrlsReplacedEvent,
} from '@tally/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { creatorLabel } from './audit-labels.js';
import { AuditService, type AuditTarget } from './audit.service.js';

const SYSTEM: AuditActorRef = { type: 'system', id: null };
const MAX_REASON_LENGTH = 500;

/** An actor without an id is Tally itself only when it says so; `system` never carries one. */
function actorOf(actor: AuditActorRef): AuditActorRef {
  return actor.type === 'system' ? SYSTEM : actor;
}

interface CreatorFacts {
  creatorId: string;
  platform?: Platform;
  username?: string | null;
  externalId?: string;
}

function creatorTarget(event: CreatorFacts): AuditTarget {
  return {
    type: 'creator',
    id: event.creatorId,
    name: creatorLabel(event.platform ?? 'TIKTOK', event.username, event.externalId),
  };
}

/**
 * Turns the creators service's and sync workers' events (already checked
 * against their declarations) into audit entries. Scheduled syncs are not
 * recorded (every few minutes per creator, they would bury everything else):
 * syncs someone asked for are, and every sync that failed for good or left
 * the creator needing to reconnect.
 */
@Injectable()
export class CreatorAuditService {
  private readonly logger = new Logger(CreatorAuditService.name);

  constructor(private readonly audit: AuditService) {}

  async connected(event: CreatorConnectedEvent): Promise<void> {
    await this.write(
      { accountId: event.accountId, ref: actorOf(event.actor) },
      'creator.connected',
      creatorTarget(event),
      { platform: event.platform, externalId: event.externalId, reconnected: event.reconnected },
    );
  }

  async disconnected(event: CreatorDisconnectedEvent): Promise<void> {
    await this.write(
      { accountId: event.accountId, ref: actorOf(event.actor) },
      'creator.disconnected',
      creatorTarget(event),
      { platform: event.platform, externalId: event.externalId },
    );
  }

  async syncRequested(event: CreatorSyncRequestedEvent): Promise<void> {
    await this.write(
      { accountId: event.accountId, ref: actorOf(event.actor) },
      'creator.sync_requested',
      creatorTarget(event),
      { platform: event.platform, jobId: event.jobId },
    );
  }

  async synced(event: CreatorSyncedEvent): Promise<void> {
    if (!event.requestedBy) return;
    await this.write(
      { accountId: event.accountId, ref: actorOf(event.requestedBy.actor) },
      'creator.synced',
      creatorTarget(event),
      { syncedAt: event.syncedAt, videos: event.videos, videosChanged: event.videosChanged },
      undefined,
      { requestId: event.requestedBy.requestId },
    );
  }

  async syncFailed(event: CreatorSyncFailedEvent): Promise<void> {
    const { requestedBy } = event;
    await this.write(
      { accountId: event.accountId, ref: requestedBy ? actorOf(requestedBy.actor) : SYSTEM },
      'creator.sync_failed',
      creatorTarget(event),
      { reason: event.reason.slice(0, MAX_REASON_LENGTH) },
      undefined,
      { requestId: requestedBy?.requestId ?? null },
    );
  }

  async reauthRequired(event: CreatorReauthRequiredEvent): Promise<void> {
    await this.write(
      { accountId: event.accountId, ref: SYSTEM },
      'creator.reauth_required',
      creatorTarget(event),
      { reason: event.reason.slice(0, MAX_REASON_LENGTH) },
      undefined,
      { requestId: null },
    );
  }

  /** An event that cannot be recorded (its account deleted meanwhile) is logged, not redelivered. */
  async redirectUrlsReplaced(event: RedirectUrlsReplacedEvent): Promise<void> {
    await this.write(
      { accountId: event.accountId, ref: actorOf(event.actor) },
      'connect.redirect_urls_replaced',
      null,
      { urls: event.urls, previousUrls: event.previousUrls },
    );
  }

  private async write(...args: Parameters<AuditService['record']>): Promise<void> {
    try {
      await this.audit.record(...args);
    } catch (error) {
      this.logger.error({ msg: 'could not record a creator event', action: args[1], err: error });
    }
  }
}
