import type { AuditEventView, PageRequest, PageResult } from '@tally/contracts';
import { keysetPage, keysetQuery } from '@tally/nest-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface NewAuditEvent {
  accountId: string;
  actorType: string;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  metadata: Record<string, unknown>;
  requestId: string | null;
}

interface AuditRow {
  id: string;
  sortValue: string;
  actorType: string;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  metadata: Record<string, unknown>;
  requestId: string | null;
  createdAt: Date;
}

@Injectable()
export class AuditRepository {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async insert(event: NewAuditEvent, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(
      `INSERT INTO identity.audit_events (account_id, actor_type, actor_id, action, target_type, target_id, metadata, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        event.accountId,
        event.actorType,
        event.actorId,
        event.action,
        event.targetType,
        event.targetId,
        JSON.stringify(event.metadata),
        event.requestId,
      ],
    );
  }

  async page(accountId: string, request: PageRequest): Promise<PageResult<AuditEventView>> {
    const keyset = keysetQuery(request, 'created_at', 'id', 2);
    const rows: AuditRow[] = await this.db.query(
      `SELECT id, created_at::text AS "sortValue", actor_type AS "actorType", actor_id AS "actorId", action,
              target_type AS "targetType", target_id AS "targetId", metadata, request_id AS "requestId",
              created_at AS "createdAt"
       FROM identity.audit_events
       WHERE account_id = $1 AND ${keyset.condition}
       ORDER BY created_at ${keyset.order}, id ${keyset.order}
       LIMIT ${keyset.fetch}`,
      [accountId, ...keyset.params],
    );
    return keysetPage(rows, request, (row) => ({
      id: row.id,
      actor: { type: row.actorType, id: row.actorId },
      action: row.action,
      target: { type: row.targetType, id: row.targetId },
      metadata: row.metadata,
      requestId: row.requestId,
      createdAt: row.createdAt.toISOString(),
    }));
  }
}
