import { z } from 'zod';
import { WEBHOOK_EVENT_TYPES } from './webhook-event-types.js';

/**
 * An event as an owning service's outbox records it, in the same transaction
 * as the change it reports, and as the relay publishes it on the JetStream
 * stream `TALLY_EVENTS` (see eventsStreamName) (subject `events.<type>`, message id = `id`, so that a
 * relay that publishes it twice is deduplicated). `id` stays the event's
 * `webhook-id` through every delivery and retry.
 */
export const OutboxEventSchema = z.object({
  id: z.guid(),
  type: z.enum(WEBHOOK_EVENT_TYPES),
  accountId: z.guid(),
  occurredAt: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type OutboxEvent = z.output<typeof OutboxEventSchema>;

/**
 * The stream of a deployment's events: one per subject prefix, so that
 * deployments (and test runs) sharing a NATS server never share a stream.
 */
export function eventsStreamName(subjectPrefix = ''): string {
  const tag = subjectPrefix.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return tag === '' ? 'TALLY_EVENTS' : `TALLY_EVENTS_${tag.toUpperCase()}`;
}

/** The JetStream subject of an event type, under the deployment's subject prefix (`eu.prod.events.<type>`). */
export function eventSubject(type: string, subjectPrefix = ''): string {
  return subjectPrefix ? `${subjectPrefix}.events.${type}` : `events.${type}`;
}
