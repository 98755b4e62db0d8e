import {
  AUDIT_ACTION_PREFIXES,
  AUDIT_ACTIONS,
  type AuditActorType,
} from '@tally/contracts/browser';
import { describeAction } from './audit-actions';

/** The audit page's filters as the controls hold them; dates are `YYYY-MM-DD` in local time. */
export interface AuditFilters {
  action: string;
  actorType: AuditActorType | '';
  /** Set by choosing an actor in the list. */
  actor: { id: string; name: string } | null;
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilters = {
  action: '',
  actorType: '',
  actor: null,
  from: '',
  to: '',
};

const PREFIX_LABELS: Record<string, string> = {
  'account.*': 'Account: everything',
  'user.*': 'Sign-ins, sign-outs and passwords',
  'key.*': 'API keys: everything',
  'member.*': 'Members: everything',
  'invitation.*': 'Invitations: everything',
  'service_user.*': 'Service users: everything',
  'role.*': 'Roles: everything',
  'oauth_client.*': 'OAuth clients: everything',
  'oauth_token.*': 'Access tokens: everything',
  'creator.*': 'Creators: everything',
  'connect.*': 'Redirect URLs: everything',
};

export const ACTION_OPTIONS: { value: string; label: string }[] = [
  { value: '', label: 'Any action' },
  ...AUDIT_ACTION_PREFIXES.map((prefix) => ({
    value: prefix,
    label: PREFIX_LABELS[prefix] ?? prefix,
  })),
  ...AUDIT_ACTIONS.map((action) => ({ value: action, label: capitalise(describeAction(action)) })),
];

export const ACTOR_TYPE_OPTIONS: { value: AuditActorType | ''; label: string }[] = [
  { value: '', label: 'Anyone' },
  { value: 'user', label: 'People' },
  { value: 'secret_key', label: 'Secret keys' },
  { value: 'publishable_key', label: 'Publishable keys' },
  { value: 'oauth_client', label: 'OAuth clients' },
  { value: 'system', label: 'Tally' },
];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The start of a local day, as the API's ISO 8601 instant. */
function startOfDay(date: string): string | undefined {
  return DATE.test(date) ? new Date(`${date}T00:00:00`).toISOString() : undefined;
}

/** The last millisecond of a local day. */
function endOfDay(date: string): string | undefined {
  return DATE.test(date) ? new Date(`${date}T23:59:59.999`).toISOString() : undefined;
}

/** Why the filters cannot be sent, in words for the form; undefined when they can. */
export function rangeError(filters: AuditFilters): string | undefined {
  if (DATE.test(filters.from) && DATE.test(filters.to) && filters.to < filters.from)
    return 'The end date is before the start date.';
  return undefined;
}

/** `GET /api/v1/audit-events`'s filter parameters; a range the API would refuse is left out. */
export function auditQuery(filters: AuditFilters): Record<string, string | undefined> {
  const validRange = rangeError(filters) === undefined;
  return {
    action: filters.action || undefined,
    actorType: filters.actorType || undefined,
    actor: filters.actor?.id,
    from: validRange ? startOfDay(filters.from) : undefined,
    to: validRange ? endOfDay(filters.to) : undefined,
  };
}

export function hasFilters(filters: AuditFilters): boolean {
  return Object.values(auditQuery(filters)).some((value) => value !== undefined);
}

/** Identifies a set of filters, so that each has its own list and cursor. */
export function filtersKey(filters: AuditFilters): string {
  return JSON.stringify(auditQuery(filters));
}
