import { z } from 'zod';
import { dateTimeText, uuidText } from '../http/formats.js';
import { schemaClass } from '../messaging/schema-class.js';
import { PageQuerySchema } from '../pagination.js';
import { AUDIT_ACTION_PREFIXES, AUDIT_ACTIONS, AUDIT_ACTOR_TYPES } from './audit-actions.js';
import type { Principal } from './principal.js';

export const MAX_AUDIT_ACTION_FILTERS = 20;

const KNOWN_ACTION_FILTERS = new Set<string>([...AUDIT_ACTIONS, ...AUDIT_ACTION_PREFIXES]);

function actionItems(value: string): string[] {
  return value.split(',').map((item) => item.trim());
}

/** `key.created`, `key.created,key.revoked`, `creator.*`: known actions or prefixes, up to 20. */
function isActionFilter(value: string): boolean {
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

const ISO_DATE = z.iso.date();
const ISO_DATE_TIME = z.iso.datetime({ offset: true, local: true });

function isIsoDateOrDateTime(value: string): boolean {
  return ISO_DATE.safeParse(value).success || ISO_DATE_TIME.safeParse(value).success;
}

/** ISO 8601 also has weeks and ordinal days (`2026-W01`, `2026-001`), which Date cannot read. */
function isReadableTime(value: string): boolean {
  return Number.isFinite(Date.parse(value));
}

function timeSchema(field: 'from' | 'to') {
  return z
    .string()
    .refine(isIsoDateOrDateTime, `${field} must be an ISO 8601 date or date-time`)
    .refine(isReadableTime, `${field} must be a date or date-time like 2026-03-15T12:00:00Z`);
}

/** `GET /api/v1/audit-events`: paging plus filters, all optional and combined with AND. */
export const AuditEventsQuerySchema = z
  .strictObject({
    actor: z.guid("actor must be an actor's id (a key, user or OAuth client id)").optional(),
    actorType: z
      .enum(AUDIT_ACTOR_TYPES, `actorType must be one of: ${AUDIT_ACTOR_TYPES.join(', ')}`)
      .optional(),
    action: z
      .string()
      .max(1000)
      .refine(
        isActionFilter,
        `action must be one action or a comma-separated list (at most ${MAX_AUDIT_ACTION_FILTERS}) of: ${[...AUDIT_ACTIONS, ...AUDIT_ACTION_PREFIXES].join(', ')}`,
      )
      .optional(),
    from: timeSchema('from').optional(),
    to: timeSchema('to').optional(),
    ...PageQuerySchema.shape,
  })
  .refine(({ from, to }) => !from || !to || Date.parse(from) <= rangeEnd(to), {
    path: ['to'],
    message: 'to must not be before from',
  });
export class AuditEventsQuery extends schemaClass(AuditEventsQuerySchema) {}

/** The filters of an audit query, as identity applies them. */
export const AuditEventFilterSchema = z.strictObject({
  actorId: z.string().optional(),
  actorType: z.enum(AUDIT_ACTOR_TYPES).optional(),
  /** Exact actions. */
  actions: z.array(z.string()).optional(),
  /** Action prefixes such as `creator.` (from `creator.*`). */
  actionPrefixes: z.array(z.string()).optional(),
  /** ISO 8601, inclusive. */
  from: z.string().optional(),
  /** ISO 8601, inclusive (a date alone in the query covers that whole day). */
  to: z.string().optional(),
});
export type AuditEventFilter = z.output<typeof AuditEventFilterSchema>;

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

/** An actor as services pass it along; identity names it when it records the event. */
export const AuditActorRefSchema = z.object({
  type: z.enum(AUDIT_ACTOR_TYPES),
  id: z.string().nullable(),
});
export type AuditActorRef = z.output<typeof AuditActorRefSchema>;

/**
 * One audit event. Names are what was true when it happened: a later rename
 * or deletion changes neither the label nor the id.
 */
export const AuditEventViewSchema = z
  .object({
    id: uuidText(),
    actor: z
      .object({
        type: z
          .enum(AUDIT_ACTOR_TYPES)
          .describe(
            '`user` (a dashboard session), `secret_key`, `publishable_key`, `oauth_client` or `system` (Tally itself).',
          ),
        id: z.string().nullable().describe('The user, key or OAuth client id; null for `system`.'),
        name: z
          .string()
          .nullable()
          .describe(
            "The actor as it was named then: `alice@example.com`, `API key 'CI deploy' (tly_sk_ab12cd…)`, `OAuth client 'Zapier'`, `Tally`.",
          ),
      })
      .describe('Who did it.'),
    action: z
      .string()
      .describe(
        'What was done, like `key.created` or `creator.connected` (the list is in the route’s description).',
      ),
    target: z
      .object({
        type: z
          .string()
          .nullable()
          .describe('`api_key`, `role`, `oauth_client`, `oauth_token`, `user` or `creator`.'),
        id: z.string().nullable(),
        name: z
          .string()
          .nullable()
          .describe(
            "The target as it was named then: a key's name and start, a role's or OAuth client's name, a user's email, a creator's `@username (TikTok)`.",
          ),
      })
      .describe('What it was done to.'),
    metadata: z.record(z.string(), z.unknown()),
    requestId: z
      .string()
      .nullable()
      .describe(
        'The X-Request-Id of the request that did it (for a sync’s outcome, the request that asked for it).',
      ),
    createdAt: dateTimeText(),
  })
  .describe('Who did what and when. Names are kept as they were when it happened.');
export type AuditEventView = z.output<typeof AuditEventViewSchema>;

/** Who a principal is in the audit log: the signed-in user for sessions, else the credential. */
export function auditActorOf(
  principal: Pick<Principal, 'credentialType' | 'credentialId' | 'userId'>,
): AuditActorRef {
  return principal.credentialType === 'session'
    ? { type: 'user', id: principal.userId ?? null }
    : { type: principal.credentialType, id: principal.credentialId };
}

/** Who asked for a piece of background work (a sync), carried with it so that its outcome is theirs. */
export const RequestedBySchema = z.object({
  actor: AuditActorRefSchema,
  requestId: z.string().nullable(),
});
export type RequestedBy = z.output<typeof RequestedBySchema>;
