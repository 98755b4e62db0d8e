import { declareRequest } from '@tally/contracts';
import { TestNatsServer } from '@tally/testing';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { z } from 'zod';
import { ServiceClient } from '../src/nats/service-client.js';
import { prefixSubject } from '../src/nats/subject-prefix.js';
import { TallyClientNats } from '../src/nats/tally-client-nats.js';

/** Taken by a service that never answers: the request waits until its timeout. */
const Stuck = declareRequest('probe.thing.stuck', {
  request: z.strictObject({}),
  reply: z.never(),
});
const TIMEOUT_MS = 1500;

describe('a request whose bus goes away before the answer comes', () => {
  let nats: TestNatsServer;
  let responder: NatsConnection;
  let client: TallyClientNats;
  let bus: ServiceClient;

  beforeAll(async () => {
    nats = await TestNatsServer.start();
    const subjectPrefix = process.env.NATS_SUBJECT_PREFIX;
    responder = await connect({ servers: nats.url });
    responder.subscribe(prefixSubject(subjectPrefix, Stuck.subject));
    client = new TallyClientNats({ servers: [nats.url], name: 'in-flight', subjectPrefix });
    bus = new ServiceClient(client, { requestTimeoutMs: TIMEOUT_MS });
    await bus.connect();
  });

  afterAll(async () => {
    await client?.close();
    await responder?.close().catch(() => undefined);
    await nats?.dispose();
  });

  it('still gives up with 504 when the bus stayed up', async () => {
    const failure = await bus.request(Stuck, {}).catch((error: unknown) => error);

    expect(failure).toMatchObject({ code: 'upstream_timeout', status: 504 });
  });

  it('answers 503 bus_unavailable, not 504: the service was not slow, the bus was gone', async () => {
    const pending = bus.request(Stuck, {}).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));

    await nats.stop();
    const failure = await pending;
    await nats.start();

    expect(failure).toMatchObject({
      code: 'service_unavailable',
      status: 503,
      details: [{ service: 'probe', reason: 'bus_unavailable' }],
    });
  });
});
