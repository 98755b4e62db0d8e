import {
  CreatorsEvents,
  CreatorsSubjects,
  declareEvent,
  declareRequest,
  GatewayEvents,
  IdentityEvents,
  IdentitySubjects,
  WebhooksSubjects,
} from '@tally/contracts';
import { z } from 'zod';
import { busPermissions, declaredBusMessages, REPLY_INBOXES } from './bus-permissions.js';
import { jetStreamPermissions } from './jetstream-permissions.js';

const requestsOf = (subjects: Record<string, string>) => Object.values(subjects);

describe('declaredBusMessages', () => {
  it('finds a declaration for every subject libs/contracts names', () => {
    const named = [
      IdentitySubjects,
      IdentityEvents,
      GatewayEvents,
      CreatorsSubjects,
      CreatorsEvents,
      WebhooksSubjects,
    ].flatMap(requestsOf);

    const declared = declaredBusMessages().map((declaration) => declaration.subject);

    expect(new Set(declared)).toEqual(new Set(named));
  });
});

describe('busPermissions', () => {
  const permissions = busPermissions(declaredBusMessages());

  it('lets the gateway send every identity, creators and webhooks request and publish only its own events', () => {
    expect(permissions.gateway.publish).toEqual(
      [
        ...requestsOf(IdentitySubjects),
        ...requestsOf(CreatorsSubjects),
        ...requestsOf(WebhooksSubjects),
        ...requestsOf(GatewayEvents),
      ].sort(),
    );
    expect(permissions.gateway.answersRequests).toBe(false);
  });

  it('lets the gateway hear its replies and identity events, and nothing it could answer', () => {
    expect(permissions.gateway.subscribe).toEqual(
      [REPLY_INBOXES, ...requestsOf(IdentityEvents)].sort(),
    );
  });

  it('lets identity answer its own requests and hear the events it records, but not the inboxes', () => {
    const jetstream = jetStreamPermissions('identity', 'publish');
    expect(permissions.identity.subscribe).toEqual(
      [
        ...requestsOf(IdentitySubjects),
        ...requestsOf(GatewayEvents),
        ...requestsOf(CreatorsEvents),
        ...jetstream.subscribe,
      ].sort(),
    );
    expect(permissions.identity.publish).toEqual(
      [...requestsOf(IdentityEvents), ...jetstream.publish].sort(),
    );
    expect(permissions.identity.answersRequests).toBe(true);
  });

  it('lets creators answer only creators requests', () => {
    expect(permissions.creators.subscribe).toEqual(
      [
        ...requestsOf(CreatorsSubjects),
        ...jetStreamPermissions('creators', 'publish').subscribe,
      ].sort(),
    );
    expect(permissions.creators.answersRequests).toBe(true);
  });

  it('lets webhooks answer only webhooks requests, and send none', () => {
    expect(permissions.webhooks.subscribe).toEqual(
      [
        ...requestsOf(WebhooksSubjects),
        ...jetStreamPermissions('webhooks', 'consume').subscribe,
      ].sort(),
    );
    expect(permissions.webhooks.publish).toEqual(
      [...jetStreamPermissions('webhooks', 'consume').publish].sort(),
    );
    expect(permissions.webhooks.answersRequests).toBe(true);
  });

  it('lets the sync worker publish creators events and subscribe to nothing', () => {
    expect(permissions['sync-worker'].publish).toEqual(requestsOf(CreatorsEvents).sort());
    expect(permissions['sync-worker'].subscribe).toEqual([]);
    expect(permissions['sync-worker'].answersRequests).toBe(false);
  });

  it('puts every subject but the reply inboxes under the prefix', () => {
    const prefixed = busPermissions(declaredBusMessages(), 'eu.prod');

    expect(prefixed.gateway.publish).toContain('eu.prod.identity.keys.verify');
    expect(prefixed.gateway.subscribe).toContain(REPLY_INBOXES);
    expect(
      Object.values(prefixed)
        .flatMap(({ publish, subscribe }) => [...publish, ...subscribe])
        // JetStream's API and the services' own inboxes live outside any prefix (the stream's name carries it).
        .filter((subject) => subject !== REPLY_INBOXES && !/^(\$JS\.|_INBOX_)/.test(subject))
        .filter((subject) => !subject.startsWith('eu.prod.')),
    ).toEqual([]);
  });

  it('refuses a request of a domain no service answers', () => {
    const invoices = declareRequest('billing.invoices.list', {
      request: z.strictObject({}),
      reply: z.array(z.string()),
    });

    expect(() => busPermissions([...declaredBusMessages(), invoices])).toThrow(
      /no service answers the requests of billing\.\*/,
    );
  });

  it('refuses an event of a domain nobody publishes', () => {
    const paid = declareEvent('billing.invoice.paid', z.object({ id: z.string() }));

    expect(() => busPermissions([...declaredBusMessages(), paid])).toThrow(
      /no service publishes the events of billing\.\*/,
    );
  });

  it('refuses roles that name a domain without declarations', () => {
    const withoutGatewayEvents = declaredBusMessages().filter(
      (declaration) => !declaration.subject.startsWith('gateway.'),
    );

    expect(() => busPermissions(withoutGatewayEvents)).toThrow(
      /a service publishes the events of gateway\.\*, which declares none/,
    );
  });
});
