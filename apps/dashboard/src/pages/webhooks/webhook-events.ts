import type { ALL_EVENTS as ContractAllEvents } from '@tally/contracts';
import type { WebhookEventType } from '../../api/types';

// The event types live in the contracts next to their zod schemas, which a
// browser bundle must not pull in; this catalogue is keyed by the contracts'
// own type, so an event type added there fails the dashboard's typecheck
// until it is described here.

/** What `events: ["*"]` subscribes to: every event type, including those added later. */
export const ALL_EVENTS: typeof ContractAllEvents = '*';

/** Sent by "Send test event" to every endpoint, whatever it subscribed to. */
const TEST_EVENT = 'webhook.test';
export type SubscribableEventType = Exclude<WebhookEventType, typeof TEST_EVENT>;

export const EVENT_DESCRIPTIONS: Readonly<
  Record<WebhookEventType, { label: string; description: string }>
> = {
  'creator.connected': {
    label: 'Creator connected',
    description: 'A creator finished the connect flow.',
  },
  'creator.synced': {
    label: 'Creator synced',
    description: 'A sync finished: the new counts and what changed.',
  },
  'creator.sync_failed': {
    label: 'Sync failed',
    description: 'A sync failed for good.',
  },
  'creator.reauth_required': {
    label: 'Reconnect needed',
    description: 'The creator withdrew access or the grant expired.',
  },
  'creator.disconnected': {
    label: 'Creator disconnected',
    description: 'A creator was disconnected and its data deleted.',
  },
  'key.expiring': {
    label: 'API key expiring',
    description: 'An API key expires in 7 days, or in 1 day.',
  },
  'key.revoked': {
    label: 'API key revoked',
    description: 'An API key was revoked.',
  },
  'webhook.test': {
    label: 'Test event',
    description: 'Sent by “Send test event”.',
  },
};

export const SUBSCRIBABLE_EVENT_TYPES = (
  Object.keys(EVENT_DESCRIPTIONS) as WebhookEventType[]
).filter((type): type is SubscribableEventType => type !== TEST_EVENT);

/** How the form holds an endpoint's subscription. */
export interface EventSelection {
  all: boolean;
  /** Kept while `all` is on, so that turning it off again restores the choice. */
  types: SubscribableEventType[];
}

function isSubscribable(value: string): value is SubscribableEventType {
  return (SUBSCRIBABLE_EVENT_TYPES as readonly string[]).includes(value);
}

/** An endpoint's `events` as the form's selection; types the dashboard does not know are dropped. */
export function selectionOf(events: readonly string[]): EventSelection {
  return {
    all: events.includes(ALL_EVENTS),
    types: SUBSCRIBABLE_EVENT_TYPES.filter((type) => events.includes(type)),
  };
}

/** The selection as the API takes it: `["*"]`, or the chosen types in the catalogue's order. */
export function eventsOf(selection: EventSelection): string[] {
  if (selection.all) return [ALL_EVENTS];
  return SUBSCRIBABLE_EVENT_TYPES.filter((type) => selection.types.includes(type));
}

/** `events` in words for the endpoints list: "All events", or the labels. */
export function eventLabels(events: readonly string[]): string[] {
  if (events.includes(ALL_EVENTS)) return ['All events'];
  return events.map((type) => (isSubscribable(type) ? EVENT_DESCRIPTIONS[type].label : type));
}

export function eventLabel(type: WebhookEventType): string {
  return EVENT_DESCRIPTIONS[type]?.label ?? type;
}

/** True when both lists subscribe to the same events, in whatever order. */
export function sameEvents(left: readonly string[], right: readonly string[]): boolean {
  const a = [...new Set(left)].sort();
  const b = [...new Set(right)].sort();
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
