import * as contracts from '@tally/contracts';
import type { EventDeclaration, RequestDeclaration } from '@tally/contracts';
import {
  BUS_ROLES,
  BUS_SERVICES,
  type BusRole,
  type BusService,
  JETSTREAM_ROLES,
} from './bus-roles.js';
import { type JetStreamRole, jetStreamPermissions } from './jetstream-permissions.js';
import { prefixSubject } from './subject-prefix.js';

export type BusDeclaration = RequestDeclaration | EventDeclaration;

/** Where nats.js receives the replies to a connection's requests (one shared `_INBOX.<id>.*`). */
export const REPLY_INBOXES = '_INBOX.>';

/** What one service's NATS user may do, with subjects as they travel (prefixed). */
export interface BusPermissions {
  publish: string[];
  subscribe: string[];
  /** May answer the requests it receives (NATS `allow_responses`: one reply each). */
  answersRequests: boolean;
}

function isBusDeclaration(value: unknown): value is BusDeclaration {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, subject } = value as { kind?: unknown; subject?: unknown };
  return (kind === 'request' || kind === 'event') && typeof subject === 'string';
}

/** Every request and event declared in libs/contracts. */
export function declaredBusMessages(): BusDeclaration[] {
  const exported: unknown[] = Object.values(contracts);
  return exported.filter(isBusDeclaration);
}

function domainOf(subject: string): string {
  return subject.split('.')[0] ?? subject;
}

/** Refuses roles that name a domain nothing is declared in, and messages no service sends or answers. */
function checkCoverage(declarations: readonly BusDeclaration[]): void {
  const domains = (kind: BusDeclaration['kind']) =>
    new Set(declarations.filter((d) => d.kind === kind).map((d) => domainOf(d.subject)));
  const requestDomains = domains('request');
  const eventDomains = domains('event');
  const roles: BusRole[] = Object.values(BUS_ROLES);
  const problems: string[] = [];
  const requireCovered = (
    held: Set<string>,
    named: (role: BusRole) => readonly string[],
    what: string,
  ) => {
    const covered = new Set(roles.flatMap(named));
    for (const domain of held)
      if (!covered.has(domain)) problems.push(`no service ${what} ${domain}.*`);
    for (const domain of covered)
      if (!held.has(domain)) problems.push(`a service ${what} ${domain}.*, which declares none`);
  };
  requireCovered(requestDomains, (role) => role.answers, 'answers the requests of');
  requireCovered(requestDomains, (role) => role.requests, 'sends the requests of');
  requireCovered(eventDomains, (role) => role.publishes, 'publishes the events of');
  requireCovered(eventDomains, (role) => role.listensTo, 'listens to the events of');
  if (problems.length > 0) {
    throw new Error(
      `The bus roles (bus-roles.ts) do not fit the declarations: ${problems.join('; ')}`,
    );
  }
}

/**
 * Each service's NATS permissions, derived from the declared messages and
 * the services' roles: a service publishes only the requests it sends and
 * the events of its domain, and subscribes only to the requests it answers,
 * the events it listens to and (when it asks) its reply inbox; a user of the
 * events stream also gets its JetStream subjects (JETSTREAM_ROLES). Subjects are
 * sorted, so that the same declarations always give the same permissions.
 */
export function busPermissions(
  declarations: readonly BusDeclaration[],
  subjectPrefix?: string,
): Record<BusService, BusPermissions> {
  checkCoverage(declarations);
  const subjects = (kind: BusDeclaration['kind'], domains: readonly string[]) =>
    declarations
      .filter((d) => d.kind === kind && domains.includes(domainOf(d.subject)))
      .map((d) => prefixSubject(subjectPrefix, d.subject));
  const unique = (list: string[]) => [...new Set(list)].sort();
  const permissionsOf = (role: BusRole): BusPermissions => ({
    publish: unique([...subjects('request', role.requests), ...subjects('event', role.publishes)]),
    subscribe: unique([
      ...subjects('request', role.answers),
      ...subjects('event', role.listensTo),
      ...(role.requests.length > 0 ? [REPLY_INBOXES] : []),
    ]),
    answersRequests: role.answers.length > 0,
  });
  const withJetStream = (service: BusService, permissions: BusPermissions): BusPermissions => {
    const role = (JETSTREAM_ROLES as Partial<Record<BusService, JetStreamRole>>)[service];
    if (!role) return permissions;
    const jetstream = jetStreamPermissions(service, role, subjectPrefix);
    return {
      ...permissions,
      publish: unique([...permissions.publish, ...jetstream.publish]),
      subscribe: unique([...permissions.subscribe, ...jetstream.subscribe]),
    };
  };
  return Object.fromEntries(
    BUS_SERVICES.map((service) => [
      service,
      withJetStream(service, permissionsOf(BUS_ROLES[service])),
    ]),
  ) as Record<BusService, BusPermissions>;
}
