import type { JetStreamRole } from './jetstream-permissions.js';

/**
 * What each service does on the bus, by domain: a message's domain is the
 * first token of its subject (`identity` in `identity.keys.verify`). The
 * subjects themselves come from the declarations in libs/contracts, so a
 * message declared in a domain is covered here the day it is declared.
 */
export interface BusRole {
  /** Domains whose requests the service answers (in its queue group). */
  readonly answers: readonly string[];
  /** Domains whose requests the service sends; it hears the replies on its inbox. */
  readonly requests: readonly string[];
  /** Domains whose events the service publishes. */
  readonly publishes: readonly string[];
  /** Domains whose events the service listens to. */
  readonly listensTo: readonly string[];
}

/** One NATS user per service; the CLIs connect as the service they belong to. */
export const BUS_ROLES = {
  // The only caller: asks identity, creators and webhooks, reports key uses, and drops
  // cached credentials when identity says they were revoked.
  gateway: {
    answers: [],
    requests: ['identity', 'creators', 'webhooks'],
    publishes: ['gateway'],
    listensTo: ['identity'],
  },
  // Records the gateway's key uses and the creators' events in the audit log.
  identity: {
    answers: ['identity'],
    requests: [],
    publishes: ['identity'],
    listensTo: ['gateway', 'creators'],
  },
  creators: { answers: ['creators'], requests: [], publishes: ['creators'], listensTo: [] },
  // Answers the gateway about webhook endpoints and deliveries; it hears the events it
  // delivers on a JetStream stream, not as bus messages.
  webhooks: { answers: ['webhooks'], requests: [], publishes: [], listensTo: [] },
  // Announces syncs as the creators' domain; it takes its work from Redis, not from NATS.
  'sync-worker': { answers: [], requests: [], publishes: ['creators'], listensTo: [] },
} as const satisfies Record<string, BusRole>;

export type BusService = keyof typeof BUS_ROLES;

export const BUS_SERVICES = Object.keys(BUS_ROLES) as BusService[];

/**
 * Who uses the events stream (JetStream) of issue 19, apart from the bus
 * roles above: the owners of an outbox relay it into the stream, the webhooks
 * service consumes it. The sync workers write into the creators schema's
 * outbox and leave relaying to the creators service.
 */
export const JETSTREAM_ROLES = {
  creators: 'publish',
  identity: 'publish',
  webhooks: 'consume',
} as const satisfies Partial<Record<BusService, JetStreamRole>>;
