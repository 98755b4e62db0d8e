import { eventsStreamName, eventSubject } from '@tally/contracts';
import { AckPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';
import type { BusService } from '../src/nats/bus-roles.js';
import { EVENTS_CONSUMER, jetStreamInboxPrefix } from '../src/nats/jetstream-permissions.js';
import { ensureEventsStream } from '../src/outbox/events-stream.js';
import { AuthorizedBus, subscriptionRefused } from './support/authorized-bus.js';

/** The events stream under the generated permissions: who may publish, consume and hear what. */
describe('the NATS users of deploy/nats on the events stream (JetStream)', () => {
  let bus: AuthorizedBus;
  const prefix = process.env.NATS_SUBJECT_PREFIX;
  const stream = eventsStreamName(prefix);

  beforeAll(async () => {
    bus = await AuthorizedBus.start(prefix);
  });

  afterAll(async () => {
    await bus?.close();
  });

  /** A JetStream connection as the service's code opens it: its own inbox prefix. */
  async function jetStreamAs(service: BusService): Promise<NatsConnection> {
    return connect({
      servers: [bus.server.url],
      user: service,
      pass: bus.passwords[service],
      inboxPrefix: jetStreamInboxPrefix(service),
    });
  }

  it('lets creators and identity make sure of the stream and publish events, and webhooks consume and acknowledge them', async () => {
    const creators = await jetStreamAs('creators');
    const identity = await jetStreamAs('identity');
    const webhooks = await jetStreamAs('webhooks');
    try {
      await ensureEventsStream(await jetstreamManager(creators), prefix);
      await ensureEventsStream(await jetstreamManager(identity), prefix);
      const ids = [randomUUID(), randomUUID()];
      await jetstream(creators).publish(eventSubject('creator.synced', prefix), '{}', {
        msgID: ids[0],
      });
      await jetstream(identity).publish(eventSubject('key.revoked', prefix), '{}', {
        msgID: ids[1],
      });

      const jsm = await jetstreamManager(webhooks);
      await ensureEventsStream(jsm, prefix);
      await jsm.consumers.add(stream, {
        durable_name: EVENTS_CONSUMER,
        ack_policy: AckPolicy.Explicit,
      });
      const consumer = await jetstream(webhooks).consumers.get(stream, EVENTS_CONSUMER);
      const heard: string[] = [];
      const batch = await consumer.fetch({ max_messages: 2, expires: 3000 });
      for await (const message of batch) {
        heard.push(message.headers?.get('Nats-Msg-Id') ?? '');
        await message.ackAck();
        if (heard.length === 2) break;
      }

      expect(heard).toEqual(ids);
      expect((await jsm.consumers.info(stream, EVENTS_CONSUMER)).num_ack_pending).toBe(0);
    } finally {
      await Promise.all([creators.close(), identity.close(), webhooks.close()]);
    }
  });

  it('does not let the gateway or the sync worker publish events', async () => {
    for (const service of ['gateway', 'sync-worker'] as const) {
      const connection = await jetStreamAs(service);
      try {
        await expect(
          jetstream(connection).publish(eventSubject('creator.synced', prefix), '{}', {
            timeout: 1000,
          }),
        ).rejects.toBeDefined();
      } finally {
        await connection.close();
      }
    }
  });

  it('does not let the webhooks service publish events', async () => {
    const connection = await jetStreamAs('webhooks');
    try {
      await expect(
        jetstream(connection).publish(eventSubject('key.revoked', prefix), '{}', { timeout: 1000 }),
      ).rejects.toBeDefined();
    } finally {
      await connection.close();
    }
  });

  it("does not let a publisher hear another service's JetStream inbox or the gateway's replies", async () => {
    const creators = await bus.connectionAs('creators');

    expect(await subscriptionRefused(creators, `${jetStreamInboxPrefix('identity')}.>`)).toBe(true);
    expect(await subscriptionRefused(creators, '_INBOX.>')).toBe(true);
    expect(await subscriptionRefused(creators, `${jetStreamInboxPrefix('creators')}.>`)).toBe(
      false,
    );
  });
});
