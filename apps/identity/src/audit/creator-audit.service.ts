import {
  AUDIT_ACTOR_TYPES,
  type AuditActorRef,
  type CreatorConnectedEvent,
  type CreatorDisconnectedEvent,
  type CreatorReauthRequiredEvent,
  type CreatorSyncedEvent,
  type CreatorSyncFailedEvent,
  type CreatorSyncRequestedEvent,
  type RequestedBy,
} from '@tally/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { creatorLabel } from './audit-labels.js';
import { AuditService, type AuditTarget } from './audit.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SYSTEM: AuditActorRef = { type: 'system', id: null };

/** An actor as an event carried it, or Tally itself when the event carried none that makes sense. */
function actorOf(candidate: unknown): AuditActorRef {
  if (typeof candidate !== 'object' || candidate === null) return SYSTEM;
  const { type, id } = candidate as { type?: unknown; id?: unknown };
  if (!AUDIT_ACTOR_TYPES.some((known) => known === type)) return SYSTEM;
  if (type === 'system') return SYSTEM;
  return { type: type as AuditActorRef['type'], id: typeof id === 'string' ? id : null };
}

function requestIdOf(requestedBy: RequestedBy | null | undefined): string | null {
  return typeof requestedBy?.requestId === 'string' ? requestedBy.requestId : null;
}

interface CreatorFacts {
  accountId: string;
  creatorId: string;
  platform?: string;
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

function isCreatorEvent(event: Partial<CreatorFacts> | null | undefined): event is CreatorFacts {
  return (
    typeof event?.accountId === 'string' &&
    UUID.test(event.accountId) &&
    typeof event.creatorId === 'string' &&
    event.creatorId.length > 0
  );
}

/**
 * Turns the creators service's and sync workers' events into audit entries.
 * Scheduled syncs are not recorded (every few minutes per creator, they would
 * bury everything else): syncs someone asked for are, and every sync that
 * failed for good or left the creator needing to reconnect.
 */
@Injectable()
export class CreatorAuditService {
  private readonly logger = new Logger(CreatorAuditService.name);

  constructor(private readonly audit: AuditService) {}

  async connected(event: CreatorConnectedEvent): Promise<void> {
    if (!this.accepts('connected', event)) return;
    await this.write(
      { accountId: event.accountId, ref: actorOf(event.actor) },
      'creator.connected',
      creatorTarget(event),
      { platform: event.platform, externalId: event.externalId, reconnected: event.reconnected },
    );
  }

  async disconnected(event: CreatorDisconnectedEvent): Promise<void> {
    if (!this.accepts('disconnected', event)) return;
    await this.write(
      { accountId: event.accountId, ref: actorOf(event.actor) },
      'creator.disconnected',
      creatorTarget(event),
      { platform: event.platform, externalId: event.externalId },
    );
  }

  async syncRequested(event: CreatorSyncRequestedEvent): Promise<void> {
    if (!this.accepts('sync requested', event)) return;
    await this.write(
      { accountId: event.accountId, ref: actorOf(event.actor) },
      'creator.sync_requested',
      creatorTarget(event),
      { platform: event.platform, jobId: event.jobId },
    );
  }

  async synced(event: CreatorSyncedEvent): Promise<void> {
    if (!event?.requestedBy || !this.accepts('synced', event)) return;
    await this.write(
      { accountId: event.accountId, ref: actorOf(event.requestedBy.actor) },
      'creator.synced',
      creatorTarget(event),
      { syncedAt: event.syncedAt, videos: event.videos, videosChanged: event.videosChanged },
      undefined,
      { requestId: requestIdOf(event.requestedBy) },
    );
  }

  async syncFailed(event: CreatorSyncFailedEvent): Promise<void> {
    if (!this.accepts('sync failed', event)) return;
    const requestedBy = event.requestedBy ?? null;
    await this.write(
      { accountId: event.accountId, ref: requestedBy ? actorOf(requestedBy.actor) : SYSTEM },
      'creator.sync_failed',
      creatorTarget(event),
      { reason: String(event.reason ?? '').slice(0, 500) },
      undefined,
      { requestId: requestIdOf(requestedBy) },
    );
  }

  async reauthRequired(event: CreatorReauthRequiredEvent): Promise<void> {
    if (!this.accepts('reauth required', event)) return;
    await this.write(
      { accountId: event.accountId, ref: SYSTEM },
      'creator.reauth_required',
      creatorTarget(event),
      { reason: String(event.reason ?? '').slice(0, 500) },
      undefined,
      { requestId: null },
    );
  }

  /** An event that cannot be recorded (its account deleted meanwhile) is logged, not redelivered. */
  private async write(...args: Parameters<AuditService['record']>): Promise<void> {
    try {
      await this.audit.record(...args);
    } catch (error) {
      this.logger.error({ msg: 'could not record a creator event', action: args[1], err: error });
    }
  }

  private accepts(kind: string, event: Partial<CreatorFacts> | null | undefined): boolean {
    if (isCreatorEvent(event)) return true;
    this.logger.warn({ msg: `ignored a malformed creator ${kind} event` });
    return false;
  }
}
