import { busPermissions, declaredBusMessages, REPLY_INBOXES } from './bus-permissions.js';
import { EVENTS_CONSUMER, jetStreamInboxPrefix } from './jetstream-permissions.js';

describe('the JetStream part of the bus permissions', () => {
  const permissions = busPermissions(declaredBusMessages(), 'eu.prod');
  const stream = 'TALLY_EVENTS_EU_PROD';

  it.each(['creators', 'identity'] as const)(
    'lets %s publish events into the stream and make sure of the stream, hearing JetStream on its own inbox',
    (service) => {
      expect(permissions[service].publish).toEqual(
        expect.arrayContaining([
          'eu.prod.events.>',
          '$JS.API.INFO',
          `$JS.API.STREAM.INFO.${stream}`,
          `$JS.API.STREAM.CREATE.${stream}`,
          `$JS.API.STREAM.UPDATE.${stream}`,
        ]),
      );
      expect(permissions[service].subscribe).toContain(`_INBOX_${service}.>`);
      expect(permissions[service].subscribe).not.toContain(REPLY_INBOXES);
      expect(permissions[service].publish.filter((s) => s.startsWith('$JS.API.CONSUMER'))).toEqual(
        [],
      );
    },
  );

  it('lets the webhooks service read the stream with its durable consumer and acknowledge, but not publish events', () => {
    const consumer = `${stream}.${EVENTS_CONSUMER}`;

    expect(permissions.webhooks.publish).toEqual(
      expect.arrayContaining([
        `$JS.API.STREAM.INFO.${stream}`,
        `$JS.API.CONSUMER.CREATE.${consumer}`,
        `$JS.API.CONSUMER.INFO.${consumer}`,
        `$JS.API.CONSUMER.MSG.NEXT.${consumer}`,
        `$JS.ACK.${consumer}.>`,
      ]),
    );
    expect(permissions.webhooks.publish).not.toContain('eu.prod.events.>');
    expect(permissions.webhooks.subscribe).toContain(`${jetStreamInboxPrefix('webhooks')}.>`);
  });

  it('gives the gateway and the sync worker nothing of JetStream', () => {
    for (const service of ['gateway', 'sync-worker'] as const) {
      const all = [...permissions[service].publish, ...permissions[service].subscribe];
      expect(all.filter((s) => s.startsWith('$JS') || s.includes('events.>'))).toEqual([]);
    }
  });
});
