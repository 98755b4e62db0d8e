import { declareEvent, type EventPayloadOf } from '@tally/contracts';
import { waitFor } from '@tally/testing';
import { z } from 'zod';
import { ServiceClient } from '../src/nats/service-client.js';
import { TallyClientNats } from '../src/nats/tally-client-nats.js';

const ProbeRinged = declareEvent(
  'probe.bell.ringed',
  z.object({ times: z.int().min(1), by: z.string().default('nobody') }),
);

describe('ServiceClient.subscribe with a declared event', () => {
  const servers = [process.env.NATS_URL ?? 'nats://127.0.0.1:4222'];
  const subjectPrefix = process.env.NATS_SUBJECT_PREFIX;
  let client: TallyClientNats;
  let bus: ServiceClient;

  beforeAll(() => {
    client = new TallyClientNats({ servers, name: 'probe-subscriber', subjectPrefix });
    bus = new ServiceClient(client, { requestTimeoutMs: 10_000 });
  });

  afterAll(async () => {
    await client?.close();
  });

  it('hands the handler parsed events and drops those its schema refuses', async () => {
    const heard: EventPayloadOf<typeof ProbeRinged>[] = [];
    bus.subscribe(ProbeRinged, (event) => heard.push(event));
    // The subscription attaches in the background: ring until it hears one.
    await waitFor(
      async () => {
        await bus.emit(ProbeRinged, { times: 1, by: 'warm-up' });
        return heard;
      },
      (events) => events.length > 0,
      { timeoutMs: 10_000, intervalMs: 50 },
    );
    heard.length = 0;

    await bus.emit(ProbeRinged, { times: 0 });
    await bus.emit(ProbeRinged, { times: 'twice' } as unknown as { times: number });
    await bus.emit(ProbeRinged, { times: 2 });

    await waitFor(
      async () => heard,
      (events) => events.some((event) => event.times === 2),
      { timeoutMs: 10_000, intervalMs: 20 },
    );
    expect(heard.filter((event) => event.by !== 'warm-up')).toEqual([{ times: 2, by: 'nobody' }]);
  });

  it('ties the handler to the declaration at compile time', () => {
    const misuse = () =>
      // @ts-expect-error `volume` is not a field of ProbeRinged's payload
      bus.subscribe(ProbeRinged, (event) => event.volume);

    expect(misuse).toBeInstanceOf(Function);
  });
});
