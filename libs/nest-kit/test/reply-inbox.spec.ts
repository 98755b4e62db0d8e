import { randomUUID } from 'node:crypto';
import {
  connect,
  errors as natsErrors,
  headers,
  type Msg,
  type NatsConnection,
} from '@nats-io/transport-node';
import { TestNatsServer } from '@tally/testing';
import { TimeoutError } from 'rxjs';
import { ReplyInbox } from '../src/nats/reply-inbox.js';

const servers = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const subjectPrefix = process.env.NATS_SUBJECT_PREFIX ?? 'test';

/** A subject of this test alone: other suites share the server. */
function uniqueSubject(): string {
  return `${subjectPrefix}.reply-inbox.${randomUUID()}`;
}

/** Resolves once `count` messages have arrived on the list (checked on every arrival). */
function collect(count: number): { messages: Msg[]; all: Promise<Msg[]>; push(msg: Msg): void } {
  const messages: Msg[] = [];
  let done: (messages: Msg[]) => void = () => undefined;
  const all = new Promise<Msg[]>((resolve) => (done = resolve));
  return {
    messages,
    all,
    push(msg) {
      messages.push(msg);
      if (messages.length === count) done(messages);
    },
  };
}

describe('ReplyInbox', () => {
  let requester: NatsConnection;
  let responder: NatsConnection;
  let inbox: ReplyInbox;

  /** Subscribes the responder and waits until the server knows of it. */
  async function respondOn(subject: string, handle: (msg: Msg) => void): Promise<void> {
    responder.subscribe(subject, {
      callback: (error, msg) => {
        if (!error) handle(msg);
      },
    });
    await responder.flush();
  }

  beforeEach(async () => {
    requester = await connect({ servers, name: 'reply-inbox-requester' });
    responder = await connect({ servers, name: 'reply-inbox-responder' });
    inbox = new ReplyInbox(requester);
  });

  afterEach(async () => {
    await requester?.close().catch(() => undefined);
    await responder?.close().catch(() => undefined);
  });

  it('hands the request the data and headers its responder answered with', async () => {
    const subject = uniqueSubject();
    await respondOn(subject, (msg) => {
      const answer = headers();
      answer.set('X-Answered-By', 'responder');
      msg.respond(`hello ${msg.string()}`, { headers: answer });
    });

    const reply = await inbox.request(subject, 'world', { timeoutMs: 5000 });

    expect(reply.string()).toBe('hello world');
    expect(reply.headers?.get('X-Answered-By')).toBe('responder');
  });

  it("carries the request's headers to the responder", async () => {
    const subject = uniqueSubject();
    await respondOn(subject, (msg) =>
      msg.respond(`${msg.headers?.get('X-Request-Id')}/${msg.headers?.get('X-Tenant')}`),
    );
    const sent = headers();
    sent.set('X-Request-Id', 'req-42');
    sent.set('X-Tenant', 'acme');

    const reply = await inbox.request(subject, '', { timeoutMs: 5000, headers: sent });

    expect(reply.string()).toBe('req-42/acme');
  });

  const count = 100;
  const orders: [string, (questions: Msg[]) => Msg[]][] = [
    ['reverse', (questions) => [...questions].reverse()],
    // A fixed permutation (37 is prime to 100), so that a failure can be replayed.
    ['shuffled', (questions) => questions.map((_, index) => questions[(index * 37) % count]!)],
  ];

  it.each(orders)(
    'gives each of many concurrent requests its own answer, answered in %s order',
    async (_order, answerOrder) => {
      const subject = uniqueSubject();
      const arrived = collect(count);
      await respondOn(subject, (msg) => arrived.push(msg));

      const pending = Array.from({ length: count }, (_, index) =>
        inbox.request(subject, `q${index}`, { timeoutMs: 10_000 }),
      );
      for (const msg of answerOrder(await arrived.all)) msg.respond(`a${msg.string().slice(1)}`);
      const replies = await Promise.all(pending);

      expect(replies.map((reply) => reply.string())).toEqual(
        Array.from({ length: count }, (_, index) => `a${index}`),
      );
    },
  );

  it('answers each request with its own answer when some are answered and some time out', async () => {
    const subject = uniqueSubject();
    await respondOn(subject, (msg) => {
      const value = Number(msg.string());
      if (value % 2 === 0) msg.respond(`a${value}`);
    });

    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        inbox
          .request(subject, String(index), { timeoutMs: index % 2 === 0 ? 10_000 : 100 })
          .then((reply) => reply.string())
          .catch((error: unknown) => error),
      ),
    );

    outcomes.forEach((outcome, index) => {
      if (index % 2 === 0) expect(outcome).toBe(`a${index}`);
      else expect(outcome).toBeInstanceOf(TimeoutError);
    });
  });

  it('rejects with rxjs TimeoutError when no answer comes in time', async () => {
    const subject = uniqueSubject();
    await respondOn(subject, () => undefined);

    const failure = await inbox
      .request(subject, 'anyone?', { timeoutMs: 80 })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(TimeoutError);
  });

  it('ignores an answer that comes after the timeout, and the next request still gets its own', async () => {
    const subject = uniqueSubject();
    const held: Msg[] = [];
    await respondOn(subject, (msg) =>
      msg.string() === 'late' ? held.push(msg) : msg.respond(`on time: ${msg.string()}`),
    );

    const failure = await inbox
      .request(subject, 'late', { timeoutMs: 80 })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TimeoutError);
    expect(held).toHaveLength(1);

    const received = requester.stats().inMsgs;
    held[0]!.respond('too late');
    await responder.flush();
    // The server wrote the late answer to the requester before its PONG.
    await requester.flush();
    expect(requester.stats().inMsgs).toBe(received + 1);

    const reply = await inbox.request(subject, 'next', { timeoutMs: 5000 });

    expect(reply.string()).toBe('on time: next');
  });

  it('rejects with NoRespondersError when nothing listens on the subject', async () => {
    const subject = uniqueSubject();

    const failure = await inbox
      .request(subject, 'anyone?', { timeoutMs: 10_000 })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(natsErrors.NoRespondersError);
    expect((failure as InstanceType<typeof natsErrors.NoRespondersError>).subject).toBe(subject);
  });

  it('hands a responder answering with an empty body an empty reply, not NoRespondersError', async () => {
    const subject = uniqueSubject();
    await respondOn(subject, (msg) => msg.respond());

    const reply = await inbox.request(subject, 'ping', { timeoutMs: 5000 });

    expect(reply.data).toHaveLength(0);
  });

  it('rejects the requests still waiting when the connection closes with ClosedConnectionError', async () => {
    const subject = uniqueSubject();
    const arrived = collect(3);
    await respondOn(subject, (msg) => arrived.push(msg)); // ...and never answers

    const pending = [1, 2, 3].map((index) =>
      inbox.request(subject, String(index), { timeoutMs: 20_000 }).catch((error: unknown) => error),
    );
    await arrived.all;
    await requester.close();
    const failures = await Promise.all(pending);

    for (const failure of failures)
      expect(failure).toBeInstanceOf(natsErrors.ClosedConnectionError);
  });

  it('rejects a request made after the connection closed with ClosedConnectionError', async () => {
    const subject = uniqueSubject();
    await respondOn(subject, (msg) => msg.respond('too late to ask'));
    await requester.close();

    const failure = await inbox
      .request(subject, 'still there?', { timeoutMs: 20_000 })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(natsErrors.ClosedConnectionError);
  });

  it('receives every answer on one subscription, however many requests it sends', async () => {
    const connection = await connect({ servers, name: 'reply-inbox-counted' });
    try {
      const subscribe = jest.spyOn(connection, 'subscribe');
      const counted = new ReplyInbox(connection);
      const subject = uniqueSubject();
      const replyTo: string[] = [];
      await respondOn(subject, (msg) => {
        replyTo.push(msg.reply ?? '');
        msg.respond(msg.data);
      });

      const replies = await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          counted.request(subject, String(index), { timeoutMs: 10_000 }),
        ),
      );
      await counted.request(subject, 'one more', { timeoutMs: 10_000 });

      expect(replies).toHaveLength(50);
      expect(subscribe).toHaveBeenCalledTimes(1);
      const wildcard = subscribe.mock.calls[0]![0];
      expect(wildcard).toMatch(/^_INBOX\.[^.*>]+\.\*$/);
      const inboxPrefix = wildcard.slice(0, -1);
      expect(replyTo).toHaveLength(51);
      for (const reply of replyTo)
        expect(reply).toMatch(new RegExp(`^${escape(inboxPrefix)}[^.]+$`));
      expect(new Set(replyTo).size).toBe(51);
    } finally {
      await connection.close();
    }
  });
});

describe('ReplyInbox whose reply subscription the server refuses', () => {
  let nats: TestNatsServer;
  let requester: NatsConnection;
  let responder: NatsConnection;

  beforeAll(async () => {
    nats = await TestNatsServer.start({
      config: [
        'authorization {',
        '  users = [',
        '    { user: "no-inbox", password: "pw", permissions: { subscribe: { deny: ["_INBOX.>"] } } }',
        '    { user: "responder", password: "pw" }',
        '  ]',
        '}',
      ].join('\n'),
    });
  });

  afterEach(async () => {
    await requester?.close().catch(() => undefined);
    await responder?.close().catch(() => undefined);
  });

  afterAll(async () => {
    await nats?.dispose();
  });

  it("rejects the waiting request with the subscription's error", async () => {
    responder = await connect({ servers: nats.url, user: 'responder', pass: 'pw' });
    const subject = uniqueSubject();
    // Holds the request: its answer could not be delivered anyway.
    responder.subscribe(subject, { callback: () => undefined });
    await responder.flush();
    requester = await connect({ servers: nats.url, user: 'no-inbox', pass: 'pw' });
    const inbox = new ReplyInbox(requester);

    const failure = await inbox
      .request(subject, 'anyone?', { timeoutMs: 10_000 })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(natsErrors.PermissionViolationError);
    expect(failure).toMatchObject({ operation: 'subscription' });
    // nats.js dropped the subscription: the client makes a new inbox rather than wait on this one.
    expect(inbox.open).toBe(false);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
