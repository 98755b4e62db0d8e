import { IsIn, IsISO8601, IsOptional, IsUUID, MaxLength, ValidateBy } from 'class-validator';
import { PageQueryInput, type PageRequest } from '../pagination.js';
import {
  AUDIT_ACTION_PREFIXES,
  AUDIT_ACTIONS,
  AUDIT_ACTOR_TYPES,
  type AuditActorRef,
  type AuditActorType,
} from './audit-actions.js';
import type { Scoped } from './messages.js';
import type { Principal } from './principal.js';

export const MAX_AUDIT_ACTION_FILTERS = 20;

const KNOWN_ACTION_FILTERS = new Set<string>([...AUDIT_ACTIONS, ...AUDIT_ACTION_PREFIXES]);

function actionItems(value: string): string[] {
  return value.split(',').map((item) => item.trim());
}

/** `key.created`, `key.created,key.revoked`, `creator.*`: known actions or prefixes, up to 20. */
function isActionFilter(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const items = actionItems(value);
  return (
    items.length <= MAX_AUDIT_ACTION_FILTERS &&
    items.every((item) => KNOWN_ACTION_FILTERS.has(item))
  );
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The last millisecond `to` covers: a date alone means the whole of that day (UTC). */
function rangeEnd(to: string): number {
  const at = Date.parse(to);
  return DATE_ONLY.test(to) ? at + DAY_MS - 1 : at;
}

/** ISO 8601 also has weeks and ordinal days (`2026-W01`, `2026-001`), which Date cannot read. */
function isReadableTime(value: unknown): boolean {
  return typeof value === 'string' && Number.isFinite(Date.parse(value));
}

const READABLE_TIME = {
  name: 'isReadableTime',
  validator: { validate: isReadableTime },
};

function isNotBeforeFrom(to: unknown, query: { from?: unknown }): boolean {
  if (typeof to !== 'string' || typeof query.from !== 'string') return true;
  const [start, end] = [Date.parse(query.from), rangeEnd(to)];
  // Unparseable dates are reported by @IsISO8601 already.
  return Number.isNaN(start) || Number.isNaN(end) || start <= end;
}

/** `GET /api/v1/audit-events`: paging plus filters, all optional and combined with AND. */
export class AuditEventsQuery extends PageQueryInput {
  @IsOptional()
  @IsUUID('all', { message: "actor must be an actor's id (a key, user or OAuth client id)" })
  actor?: string;

  @IsOptional()
  @IsIn(AUDIT_ACTOR_TYPES, { message: `actorType must be one of: ${AUDIT_ACTOR_TYPES.join(', ')}` })
  actorType?: AuditActorType;

  @IsOptional()
  @MaxLength(1000)
  @ValidateBy(
    { name: 'isAuditActionFilter', validator: { validate: isActionFilter } },
    {
      message: `action must be one action or a comma-separated list (at most ${MAX_AUDIT_ACTION_FILTERS}) of: ${[...AUDIT_ACTIONS, ...AUDIT_ACTION_PREFIXES].join(', ')}`,
    },
  )
  action?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date-time' })
  @ValidateBy(READABLE_TIME, {
    message: 'from must be a date or date-time like 2026-03-15T12:00:00Z',
  })
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date-time' })
  @ValidateBy(READABLE_TIME, {
    message: 'to must be a date or date-time like 2026-03-15T12:00:00Z',
  })
  @ValidateBy(
    {
      name: 'isNotBeforeFrom',
      validator: {
        validate: (value, args) =>
          isNotBeforeFrom(value, (args?.object ?? {}) as { from?: unknown }),
      },
    },
    { message: 'to must not be before from' },
  )
  to?: string;
}

/** The filters of an audit query, as identity applies them. */
export interface AuditEventFilter {
  actorId?: string;
  actorType?: AuditActorType;
  /** Exact actions. */
  actions?: string[];
  /** Action prefixes such as `creator.` (from `creator.*`). */
  actionPrefixes?: string[];
  /** ISO 8601, inclusive. */
  from?: string;
  /** ISO 8601, inclusive (a date alone in the query covers that whole day). */
  to?: string;
}

/** The validated query as a filter; absent fields are left out, so that equal filters serialise alike. */
export function auditEventFilterOf(query: AuditEventsQuery): AuditEventFilter {
  const items = query.action ? [...new Set(actionItems(query.action))].sort() : [];
  const actions = items.filter((item) => !item.endsWith('.*'));
  const actionPrefixes = items
    .filter((item) => item.endsWith('.*'))
    .map((item) => item.slice(0, -1));
  const filter: AuditEventFilter = {};
  if (query.actor) filter.actorId = query.actor.toLowerCase();
  if (query.actorType) filter.actorType = query.actorType;
  if (actions.length > 0) filter.actions = actions;
  if (actionPrefixes.length > 0) filter.actionPrefixes = actionPrefixes;
  if (query.from) filter.from = new Date(query.from).toISOString();
  if (query.to) filter.to = new Date(rangeEnd(query.to)).toISOString();
  return filter;
}

export interface ListAuditEventsRequest extends Scoped {
  page: PageRequest;
  filter: AuditEventFilter;
}

/** Who a principal is in the audit log: the signed-in user for sessions, else the credential. */
export function auditActorOf(
  principal: Pick<Principal, 'credentialType' | 'credentialId' | 'userId'>,
): AuditActorRef {
  return principal.credentialType === 'session'
    ? { type: 'user', id: principal.userId ?? null }
    : { type: principal.credentialType, id: principal.credentialId };
}

/** Who asked for a piece of background work (a sync), carried with it so that its outcome is theirs. */
export interface RequestedBy {
  actor: AuditActorRef;
  requestId: string | null;
}
