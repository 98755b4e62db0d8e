import { eventsStreamName, type OutboxEvent } from '@tally/contracts';
import {
  jetstream,
  jetstreamManager,
  type JetStreamClient,
  type JetStreamManager,
  type PubAck,
} from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ensureEventsStream } from '../src/outbox/events-stream.js';
import { outboxChannel } from '../src/outbox/outbox-channel.js';
import { OutboxListener } from '../src/outbox/outbox-listener.js';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import { createOutboxTable } from '../src/outbox/outbox-table.js';
import { OutboxWriter } from '../src/outbox/outbox-writer.js';

const ACCOUNT_ID = '0b9f5c55-9f0e-4a8c-b1f3-9c1f6f0a7e21';

interface ReadBack {
  msgId: string | undefined;
  event: OutboxEvent;
}

/**
 * The relay against the test database (a schema of the file's own) and the
 * shared NATS server's JetStream, on a stream of the file's own prefix.
 */
describe('OutboxRelay', () => {
  const tag = randomBytes(4).toString('hex');
  const schema = `outbox_test_${tag}`;
  const subjectPrefix = `outboxtest${tag}`;
  const stream = eventsStreamName(subjectPrefix);
  let db: DataSource;
  let nats: NatsConnection;
  let js: JetStreamClient;
  let jsm: JetStreamManager;
  const writer = new OutboxWriter(schema);

  beforeAll(async () => {
    db = await new DataSource({
      type: 'postgres',
      url: process.env.DATABASE_URL,
      poolSize: 6,
    }).initialize();
    await db.query(`CREATE SCHEMA ${schema}`);
    const runner = db.createQueryRunner();
    await createOutboxTable(runner, schema).finally(() => runner.release());
    nats = await connect({ servers: process.env.NATS_TEST_URL ?? 'nats://127.0.0.1:4222' });
    js = jetstream(nats);
    jsm = await jetstreamManager(nats);
  });

  afterAll(async () => {
    await jsm?.streams.delete(stream).catch(() => undefined);
    await nats?.close();
    await db?.query(`DROP SCHEMA ${schema} CASCADE`).catch(() => undefined);
    await db?.destroy();
  });

  beforeEach(async () => {
    await jsm.streams.delete(stream).catch(() => undefined);
    await ensureEventsStream(jsm, subjectPrefix);
    await db.query(`DELETE FROM ${schema}.outbox_events`);
  });

  function relay(client: JetStreamClient = js, batchSize = 100): OutboxRelay {
    return new OutboxRelay(db, client, { schema, subjectPrefix, batchSize });
  }

  /** Records `count` key.revoked events of one time in one committed transaction; answers their ids. */
  async function commitEvents(count: number): Promise<string[]> {
    const occurredAt = new Date();
    return db.transaction(async (manager) => {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        const { id } = await writer.add(manager, {
          type: 'key.revoked',
          accountId: ACCOUNT_ID,
          occurredAt,
          data: {
            keyId: randomUUID(),
            name: `key ${i}`,
            start: 'tly_sk_abc',
            revokedAt: new Date().toISOString(),
          },
        });
        ids.push(id);
      }
      return ids;
    });
  }

  /** Records an event in a transaction that then fails, and checks that it did. */
  async function rollBackAnEvent(): Promise<void> {
    await expect(
      db.transaction(async (manager) => {
        await writer.add(manager, {
          type: 'key.revoked',
          accountId: ACCOUNT_ID,
          data: {
            keyId: randomUUID(),
            name: 'gone',
            start: 'x',
            revokedAt: new Date().toISOString(),
          },
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
  }

  /** Rounds until the outbox is empty. */
  async function drain(sut: OutboxRelay): Promise<number> {
    let total = 0;
    for (;;) {
      const published = await sut.publishBatch();
      if (published === 0) return total;
      total += published;
    }
  }

  /** Every message of the stream, read with an ordered consumer. */
  async function readStream(): Promise<ReadBack[]> {
    const { state } = await jsm.streams.info(stream);
    if (state.messages === 0) return [];
    const consumer = await js.consumers.get(stream);
    const batch = await consumer.fetch({ max_messages: state.messages, expires: 2000 });
    const read: ReadBack[] = [];
    for await (const message of batch) {
      read.push({ msgId: message.headers?.get('Nats-Msg-Id'), event: message.json<OutboxEvent>() });
      if (read.length === state.messages) break;
    }
    return read;
  }

  async function unpublished(): Promise<number> {
    const [row] = (await db.query(
      `SELECT count(*)::int AS count FROM ${schema}.outbox_events WHERE published_at IS NULL`,
    )) as { count: number }[];
    return row.count;
  }

  it('publishes the events of a committed transaction once, each with its id as the message id', async () => {
    const ids = await commitEvents(3);

    const first = await relay().publishBatch();
    const second = await relay().publishBatch();

    expect([first, second]).toEqual([3, 0]);
    const read = await readStream();
    // Events of one transaction share their time, and go out in the order of their ids.
    expect(read.map((message) => message.msgId)).toEqual([...ids].sort());
    expect(read.map((message) => message.event.id)).toEqual([...ids].sort());
    expect(read.find((message) => message.msgId === ids[0])?.event).toMatchObject({
      type: 'key.revoked',
      accountId: ACCOUNT_ID,
      data: { name: 'key 0', start: 'tly_sk_abc' },
    });
    expect(await unpublished()).toBe(0);
  });

  it('never publishes the event of a transaction that rolled back', async () => {
    await rollBackAnEvent();

    expect(await relay().publishBatch()).toBe(0);
    expect(await readStream()).toEqual([]);
  });

  it('shares the outbox between two relays: each event is published once', async () => {
    const ids = await commitEvents(40);
    const published: string[] = [];
    const relays = [0, 1].map(
      () =>
        new OutboxRelay(db, js, {
          schema,
          subjectPrefix,
          batchSize: 5,
          onPublished: (event) => published.push(event.id),
        }),
    );

    await Promise.all(relays.map((sut) => drain(sut)));

    expect([...published].sort()).toEqual([...ids].sort());
    const read = await readStream();
    expect(read).toHaveLength(40);
    expect(new Set(read.map((message) => message.msgId))).toEqual(new Set(ids));
  });

  it('lets the stream drop what a relay killed between publishing and committing publishes again', async () => {
    const ids = await commitEvents(2);
    // Publishes for real, then dies before its transaction commits.
    const dying = {
      publish: async (...args: Parameters<JetStreamClient['publish']>) => {
        await js.publish(...args);
        throw new Error('killed after publishing');
      },
    } as unknown as JetStreamClient;
    await expect(relay(dying).publishBatch()).rejects.toThrow('killed after publishing');
    expect(await unpublished()).toBe(2);
    const acks: PubAck[] = [];
    const watching = {
      publish: async (...args: Parameters<JetStreamClient['publish']>) => {
        const ack = await js.publish(...args);
        acks.push(ack);
        return ack;
      },
    } as unknown as JetStreamClient;

    expect(await relay(watching).publishBatch()).toBe(2);

    // The first event had gone out before the relay died: JetStream recognises its id.
    expect(acks.map((ack) => ack.duplicate)).toEqual([true, false]);
    const read = await readStream();
    expect(read.map((message) => message.msgId).sort()).toEqual([...ids].sort());
    expect(await unpublished()).toBe(0);
  });

  /** Polls `check` until it holds, for at most `ms` (generous: a missed wake-up would take a minute). */
  async function eventually(check: () => Promise<boolean>, ms = 10_000): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (await check()) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return check();
  }

  function listenerOf(heard: () => void, applicationName: string): OutboxListener {
    return new OutboxListener(
      { connectionString: process.env.DATABASE_URL, application_name: applicationName },
      outboxChannel(schema),
      heard,
      () => undefined,
      100,
    );
  }

  it('wakes a resting relay as soon as a writer commits an event, instead of at the end of its rest', async () => {
    const sut = new OutboxRelay(db, js, { schema, subjectPrefix, idleMs: 60_000 });
    let heard = 0;
    const listener = listenerOf(() => {
      heard += 1;
      sut.wake();
    }, `outbox-wake-${tag}`);
    try {
      sut.start();
      listener.start();
      expect(await eventually(async () => listener.listening)).toBe(true);
      const heardBefore = heard;

      const [id] = await commitEvents(1);

      expect(await eventually(async () => (await unpublished()) === 0)).toBe(true);
      expect(heard).toBeGreaterThan(heardBefore);
      expect((await readStream()).map((message) => message.msgId)).toEqual([id]);
    } finally {
      await listener.stop();
      await sut.stop();
    }
  });

  it('tries a failed round again soon, whatever its rest between empty rounds', async () => {
    const [id] = await commitEvents(1);
    let attempts = 0;
    const failingOnce = {
      publish: (...args: Parameters<JetStreamClient['publish']>) => {
        attempts += 1;
        if (attempts === 1) return Promise.reject(new Error('NATS is away'));
        return js.publish(...args);
      },
    } as unknown as JetStreamClient;
    const sut = new OutboxRelay(db, failingOnce, { schema, subjectPrefix, idleMs: 60_000 });
    try {
      sut.start();

      expect(await eventually(async () => (await unpublished()) === 0)).toBe(true);
      expect(attempts).toBe(2);
      expect((await readStream()).map((message) => message.msgId)).toEqual([id]);
    } finally {
      await sut.stop();
    }
  });

  it('listens again after losing its connection, and says so, since what came meanwhile went unheard', async () => {
    const applicationName = `outbox-listen-again-${tag}`;
    let heard = 0;
    const listener = listenerOf(() => (heard += 1), applicationName);
    try {
      listener.start();
      expect(await eventually(async () => listener.listening && heard === 1)).toBe(true);

      await db.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
        [applicationName],
      );

      expect(await eventually(async () => heard >= 2 && listener.listening)).toBe(true);
      const heardAfterReconnect = heard;
      await commitEvents(1);
      expect(await eventually(async () => heard > heardAfterReconnect)).toBe(true);
    } finally {
      await listener.stop();
    }
    expect(listener.listening).toBe(false);
  });

  it('does not announce a transaction that rolled back', async () => {
    let heard = 0;
    const listener = listenerOf(() => (heard += 1), `outbox-rollback-${tag}`);
    try {
      listener.start();
      expect(await eventually(async () => listener.listening && heard === 1)).toBe(true);
      await rollBackAnEvent();
      await commitEvents(1);

      // Notifications arrive in commit order: once the committed one is heard, the other would have been.
      expect(await eventually(async () => heard >= 2)).toBe(true);
      expect(heard).toBe(2);
    } finally {
      await listener.stop();
    }
  });
});
