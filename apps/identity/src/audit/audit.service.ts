import {
  auditActorOf,
  type AuditActorRef,
  type AuditEventFilter,
  type AuditEventView,
  type PageRequest,
  type PageResult,
  type Principal,
} from '@tally/contracts';
import { RequestContext } from '@tally/nest-kit';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditNamesRepository } from './audit-names.repository.js';
import { AuditRepository } from './audit.repository.js';

export type Actor =
  | Pick<Principal, 'accountId' | 'credentialType' | 'credentialId' | 'userId'>
  | { accountId: string; system: true }
  | { accountId: string; ref: AuditActorRef };

/** What an event is about; without a name, identity's own targets are named from the database. */
export interface AuditTarget {
  type: string;
  id: string;
  name?: string | null;
}

function actorRef(actor: Actor): AuditActorRef {
  if ('system' in actor) return { type: 'system', id: null };
  if ('ref' in actor) return actor.ref;
  return auditActorOf(actor);
}

/** Who did what and when, for the account's audit log. */
@Injectable()
export class AuditService {
  constructor(
    private readonly events: AuditRepository,
    private readonly names: AuditNamesRepository,
  ) {}

  /**
   * Records an event with the names its actor and target have now: the log
   * keeps them when these are renamed or deleted later. The request id is the
   * current request's unless the event comes from work a request asked for earlier.
   */
  async record(
    actor: Actor,
    action: string,
    target: AuditTarget | null,
    metadata: Record<string, unknown> = {},
    manager?: EntityManager,
    options: { requestId?: string | null } = {},
  ): Promise<void> {
    const ref = actorRef(actor);
    // One after the other: inside a transaction they share its one connection.
    const actorName = await this.names.actorName(actor.accountId, ref, manager);
    const targetName = !target
      ? null
      : target.name !== undefined
        ? target.name
        : await this.names.targetName(actor.accountId, target, manager);
    await this.events.insert(
      {
        accountId: actor.accountId,
        actorType: ref.type,
        actorId: ref.id,
        actorName,
        action,
        targetType: target?.type ?? null,
        targetId: target?.id ?? null,
        targetName,
        metadata,
        requestId:
          options.requestId !== undefined
            ? options.requestId
            : (RequestContext.requestId() ?? null),
      },
      manager,
    );
  }

  list(
    principal: Principal,
    page: PageRequest,
    filter: AuditEventFilter = {},
  ): Promise<PageResult<AuditEventView>> {
    return this.events.page(principal.accountId, page, filter);
  }
}
