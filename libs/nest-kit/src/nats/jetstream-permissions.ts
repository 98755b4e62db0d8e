import { eventsStreamName, eventSubject } from '@tally/contracts';
import type { BusService } from './bus-roles.js';

/**
 * What a service does with the deployment's events stream (JetStream):
 * `publish` relays its outbox into it, `consume` reads it with the durable
 * consumer EVENTS_CONSUMER.
 */
export type JetStreamRole = 'publish' | 'consume';

/** The durable consumer of the events stream (the webhooks service's processes share it). */
export const EVENTS_CONSUMER = 'webhooks';

/**
 * The inbox prefix of a service's JetStream connection: the replies of the
 * JetStream API, publish acknowledgements and pulled messages arrive under it.
 * A prefix per service, so that no service can hear another's replies (the
 * shared `_INBOX.>` is the gateway's alone). Connections must set it as
 * their `inboxPrefix`.
 */
export function jetStreamInboxPrefix(service: BusService): string {
  return `_INBOX_${service.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Publish and subscribe subjects of a JetStream role, under the deployment's subject prefix. */
export function jetStreamPermissions(
  service: BusService,
  role: JetStreamRole,
  subjectPrefix?: string,
): { publish: string[]; subscribe: string[] } {
  const stream = eventsStreamName(subjectPrefix);
  // Every user of the stream makes sure of it at start (ensureEventsStream).
  const streamSetup = [
    '$JS.API.INFO',
    `$JS.API.STREAM.INFO.${stream}`,
    `$JS.API.STREAM.CREATE.${stream}`,
    `$JS.API.STREAM.UPDATE.${stream}`,
  ];
  const subscribe = [`${jetStreamInboxPrefix(service)}.>`];
  if (role === 'publish') {
    return { publish: [eventSubject('>', subjectPrefix), ...streamSetup], subscribe };
  }
  const consumer = `${stream}.${EVENTS_CONSUMER}`;
  return {
    publish: [
      ...streamSetup,
      `$JS.API.CONSUMER.CREATE.${consumer}`,
      // The form servers take when the consumer has a filter subject.
      `$JS.API.CONSUMER.CREATE.${consumer}.>`,
      `$JS.API.CONSUMER.DURABLE.CREATE.${consumer}`,
      `$JS.API.CONSUMER.INFO.${consumer}`,
      `$JS.API.CONSUMER.MSG.NEXT.${consumer}`,
      // Acknowledgements (ack, nak, term, in progress) answer the message's reply subject.
      `$JS.ACK.${consumer}.>`,
    ],
    subscribe,
  };
}
