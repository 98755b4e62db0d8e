import type {
  AuditActorType,
  AuditEventFilter,
  AuditEventView,
  PageRequest,
  PageResult,
} from '@tally/contracts';
import { keysetPage, keysetQuery } from '@tally/nest-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface NewAuditEvent {
  accountId: string;
  actorType: AuditActorType;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  targetName: string | null;
  metadata: Record<string, unknown>;
  requestId: string | null;
}

interface AuditRow {
  id: string;
  sortValue: string;
  actorType: AuditActorType;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  targetName: string | null;
  metadata: Record<string, unknown>;
  requestId: string | null;
  createdAt: Date;
}

/** The WHERE clause of a filter, its parameters numbered from `firstParam`. */
export function filterConditions(
  filter: AuditEventFilter,
  firstParam: number,
): { conditions: string[]; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${firstParam + params.length - 1}`;
  };
  if (filter.actorId) conditions.push(`actor_id = ${param(filter.actorId)}`);
  if (filter.actorType) conditions.push(`actor_type = ${param(filter.actorType)}`);
  const actionMatches: string[] = [];
  if (filter.actions?.length) actionMatches.push(`action = ANY(${param(filter.actions)}::text[])`);
  for (const prefix of filter.actionPrefixes ?? []) {
    const literal = prefix.replace(/[\\%_]/g, (character) => `\\${character}`);
    actionMatches.push(`action LIKE ${param(`${literal}%`)}`);
  }
  if (actionMatches.length > 0) conditions.push(`(${actionMatches.join(' OR ')})`);
  if (filter.from) conditions.push(`created_at >= ${param(filter.from)}::timestamptz`);
  // Times are shown to the millisecond and stored to the microsecond: `to` covers its whole millisecond.
  if (filter.to)
    conditions.push(`created_at < ${param(filter.to)}::timestamptz + interval '1 millisecond'`);
  return { conditions, params };
}

@Injectable()
export class AuditRepository {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async insert(event: NewAuditEvent, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(
      `INSERT INTO identity.audit_events
         (account_id, actor_type, actor_id, actor_name, action, target_type, target_id, target_name, metadata, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        event.accountId,
        event.actorType,
        event.actorId,
        event.actorName?.slice(0, 300) ?? null,
        event.action,
        event.targetType,
        event.targetId,
        event.targetName?.slice(0, 300) ?? null,
        JSON.stringify(event.metadata),
        event.requestId?.slice(0, 128) ?? null,
      ],
    );
  }

  async page(
    accountId: string,
    request: PageRequest,
    filter: AuditEventFilter = {},
  ): Promise<PageResult<AuditEventView>> {
    const filtered = filterConditions(filter, 2);
    const keyset = keysetQuery(request, 'created_at', 'id', 2 + filtered.params.length);
    const where = ['account_id = $1', ...filtered.conditions, keyset.condition].join(' AND ');
    const rows: AuditRow[] = await this.db.query(
      `SELECT id, created_at::text AS "sortValue", actor_type AS "actorType", actor_id AS "actorId",
              actor_name AS "actorName", action, target_type AS "targetType", target_id AS "targetId",
              target_name AS "targetName", metadata, request_id AS "requestId", created_at AS "createdAt"
       FROM identity.audit_events
       WHERE ${where}
       ORDER BY created_at ${keyset.order}, id ${keyset.order}
       LIMIT ${keyset.fetch}`,
      [accountId, ...filtered.params, ...keyset.params],
    );
    return keysetPage(rows, request, (row) => ({
      id: row.id,
      actor: { type: row.actorType, id: row.actorId, name: row.actorName },
      action: row.action,
      target: { type: row.targetType, id: row.targetId, name: row.targetName },
      metadata: row.metadata,
      requestId: row.requestId,
      createdAt: row.createdAt.toISOString(),
    }));
  }
}
