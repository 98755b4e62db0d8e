import {
  AUDIT_ACTION_PREFIXES,
  AUDIT_ACTIONS,
  AuditEventsQuery,
  CreateKeyInput,
  DEFAULT_PAGE_SIZE,
  KeysQueryInput,
  ListCreatorsQuery,
  MAX_HISTORY_POINTS,
  MAX_PAGE_SIZE,
  PageQueryInput,
  ResourceLookupInput,
  RollKeyInput,
  SearchResourcesInput,
  StartConnectInput,
  StatsHistoryQuery,
  SUPPORTED_PLATFORMS,
  UsageQuery,
} from '@tally/contracts';
import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { ConnectCallbackQuery } from '../connect/callback-query.js';
import type { InputClass } from './route-inputs.js';

type Annotations<T> = { [K in keyof T]?: SchemaObject };

/**
 * What the input schemas do not say (defaults, meaning), kept here so
 * that the contracts stay free of documentation code.
 */
const ANNOTATIONS = new Map<InputClass, Partial<Record<string, SchemaObject>>>();

/** The classes validated inside another (`@ValidateNested`), which the document lists too. */
const NESTED_INPUTS = new Map<InputClass, InputClass[]>();

function annotate<T extends object>(
  input: new () => T,
  annotations: Annotations<T>,
  nested: InputClass[] = [],
): void {
  ANNOTATIONS.set(input, annotations);
  NESTED_INPUTS.set(input, nested);
}

/** A class validated inside another, as its schema refers to it. */
function nestedRef(input: InputClass): ReferenceObject {
  return { $ref: `#/components/schemas/${input.name}` };
}

const PLATFORM_INPUT = `Accepted in any case (\`tiktok\`, \`TikTok\`, \`TIKTOK\`); answered in uppercase: ${SUPPORTED_PLATFORMS.join(', ')}.`;

const PAGE_QUERY_ANNOTATIONS = {
  limit: { default: DEFAULT_PAGE_SIZE, description: `Items per page, 1 to ${MAX_PAGE_SIZE}.` },
  cursor: { description: 'The `nextCursor` or `prevCursor` of the previous page, as it was sent.' },
};

annotate(PageQueryInput, PAGE_QUERY_ANNOTATIONS);
annotate(KeysQueryInput, PAGE_QUERY_ANNOTATIONS);

annotate(CreateKeyInput, {
  type: {
    description:
      '`secret` for servers; `publishable` for browsers (only `creators:read`, only from `allowedOrigins`).',
  },
  roles: {
    description: 'Role names or ids. You cannot grant a permission you do not hold yourself.',
  },
  expiresInDays: { type: 'integer', description: 'Keys always expire.' },
  allowedOrigins: { description: 'Publishable keys only: the browser origins allowed to use it.' },
  ownerUserId: {
    description:
      "The user the key belongs to: a service user, or yourself (the default: the caller's own user). Another member needs `account:admin`.",
  },
});

annotate(RollKeyInput, {
  gracePeriodDays: {
    default: 0,
    description: 'How long the old key keeps working next to its replacement.',
  },
});

annotate(ListCreatorsQuery, {
  ...PAGE_QUERY_ANNOTATIONS,
  externalId: { description: 'Only the creator with this id on the platform.' },
  platform: { description: `Only creators on this platform. ${PLATFORM_INPUT}` },
});

const DATE_OR_DATE_TIME: SchemaObject[] = [
  { type: 'string', format: 'date' },
  { type: 'string', format: 'date-time' },
];

annotate(AuditEventsQuery, {
  ...PAGE_QUERY_ANNOTATIONS,
  actor: {
    format: 'uuid',
    description: "Only events by this actor: a key's, user's or OAuth client's id.",
  },
  actorType: { description: 'Only events by this kind of actor.' },
  action: {
    description: `Only these actions: one, a comma-separated list, or every action on a kind of target with a prefix. Actions: ${AUDIT_ACTIONS.join(', ')}. Prefixes: ${AUDIT_ACTION_PREFIXES.join(', ')}.`,
    example: 'creator.*',
  },
  from: {
    format: 'date-time',
    oneOf: DATE_OR_DATE_TIME,
    description: 'Only events at or after this time (ISO 8601; a date alone is its midnight, UTC).',
  },
  to: {
    format: 'date-time',
    oneOf: DATE_OR_DATE_TIME,
    description:
      'Only events at or before this time (ISO 8601; a date alone covers that whole day, UTC). Not before `from`.',
  },
});

annotate(StatsHistoryQuery, {
  from: { description: 'The start of the range (inclusive).' },
  to: { description: 'The end of the range (inclusive); now unless given.' },
  limit: { description: `Snapshots at most, 1 to ${MAX_HISTORY_POINTS}.` },
});

annotate(UsageQuery, {
  period: {
    default: '24h',
    description: 'The last 24 hours in hourly buckets, or the last 7 days in 6-hour buckets.',
  },
});

annotate(StartConnectInput, {
  redirectUrl: {
    format: 'uri',
    description:
      "Your page to send the creator's browser back to when the flow ends, with `creatorId` and `status` (or `status=error`, `error` and `message`) added to its query. Without it, Tally shows its own page, which tells the window that opened the popup.",
  },
  externalUserId: {
    description: 'Your own id for the creator, returned with the creator as `externalUserId`.',
  },
});

annotate(
  SearchResourcesInput,
  { resources: { items: nestedRef(ResourceLookupInput), description: 'What to look up.' } },
  [ResourceLookupInput],
);

annotate(ResourceLookupInput, {
  platform: { description: `The platform to look on. ${PLATFORM_INPUT}` },
  identifier: {
    description:
      "An account's username (with or without `@`) or platform id; a video's platform id.",
  },
});

annotate(ConnectCallbackQuery, {
  state: { description: 'The `state` of the connect flow, as TikTok sends it back.' },
  code: { description: 'The authorization code, when the creator granted access.' },
  scopes: { description: 'The scopes the creator granted.' },
  error: { description: "TikTok's error, such as `access_denied`, when access was not granted." },
  error_description: { description: "TikTok's description of the error." },
});

/** What a class says besides its validation rules, its parent classes' included. */
export function annotationsOf(input: InputClass): Partial<Record<string, SchemaObject>> {
  const parent: unknown = Object.getPrototypeOf(input);
  const inherited =
    typeof parent === 'function' && parent !== Function.prototype
      ? annotationsOf(parent as InputClass)
      : {};
  return { ...inherited, ...ANNOTATIONS.get(input) };
}

/** The class and every class validated inside it, for the document's schemas. */
export function withNestedInputs(input: InputClass): InputClass[] {
  return [input, ...(NESTED_INPUTS.get(input) ?? []).flatMap(withNestedInputs)];
}
