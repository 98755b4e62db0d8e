import type { AuditEventView, PageRequest, PageResult, Principal } from '@tally/contracts';
import { RequestContext } from '@tally/nest-kit';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditRepository } from './audit.repository.js';

export type Actor =
  | Pick<Principal, 'accountId' | 'credentialType' | 'credentialId' | 'userId'>
  | { accountId: string; system: true };

/** Who did what and when, for the account's audit log. */
@Injectable()
export class AuditService {
  constructor(private readonly events: AuditRepository) {}

  async record(
    actor: Actor,
    action: string,
    target: { type: string; id: string } | null,
    metadata: Record<string, unknown> = {},
    manager?: EntityManager,
  ): Promise<void> {
    const [actorType, actorId] =
      'system' in actor
        ? ['system', null]
        : actor.credentialType === 'session'
          ? ['user', actor.userId ?? null]
          : [actor.credentialType, actor.credentialId];
    await this.events.insert(
      {
        accountId: actor.accountId,
        actorType,
        actorId,
        action,
        targetType: target?.type ?? null,
        targetId: target?.id ?? null,
        metadata,
        requestId: RequestContext.requestId() ?? null,
      },
      manager,
    );
  }

  list(principal: Principal, page: PageRequest): Promise<PageResult<AuditEventView>> {
    return this.events.page(principal.accountId, page);
  }
}
