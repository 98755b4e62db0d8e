import {
  AppError,
  declareEvent,
  declareRequest,
  type EventPayloadOf,
  type ReceivedRequestOf,
  type ReplyOf,
} from '@tally/contracts';
import { Controller, Module } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { waitFor } from '@tally/testing';
import { z } from 'zod';
import { Handles } from '../src/messaging/handles.decorator.js';
import { ServiceClient } from '../src/nats/service-client.js';
import { startProbeService, type ProbeService } from './support/probe-service.js';

const ProbeGreet = declareRequest('probe.greetings.create', {
  request: z.strictObject({
    name: z.string().min(1).max(20),
    times: z.int().min(1).max(3).default(1),
  }),
  reply: z.strictObject({ greeting: z.string() }),
});

const ProbeWaved = declareEvent('probe.greeting.waved', z.strictObject({ by: z.string() }));

const heardWaves: string[] = [];

@Controller()
class GreetingsHandler {
  @Handles(ProbeGreet)
  greet(@Payload() request: ReceivedRequestOf<typeof ProbeGreet>): ReplyOf<typeof ProbeGreet> {
    if (request.name === 'nobody') throw new AppError('not_found', 'Nobody is not here.');
    return {
      greeting: Array.from({ length: request.times }, () => `hi ${request.name}`).join(' '),
    };
  }

  @Handles(ProbeWaved)
  waved(@Payload() event: EventPayloadOf<typeof ProbeWaved>): void {
    heardWaves.push(event.by);
  }
}

@Module({ controllers: [GreetingsHandler] })
class GreetingsModule {}

async function refusalOf(call: Promise<unknown>): Promise<AppError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the request was answered');
}

describe('declared messages over NATS', () => {
  let probe: ProbeService;
  let bus: ServiceClient;

  beforeAll(async () => {
    probe = await startProbeService(GreetingsModule);
    bus = probe.bus;
  });

  afterAll(async () => {
    await probe?.close();
  });

  it('answers a declared request with the handler receiving the parsed payload', async () => {
    const reply = await bus.request(ProbeGreet, { name: 'ada' });

    expect(reply).toEqual({ greeting: 'hi ada' });
  });

  it('refuses a payload its schema refuses, in the usual envelope', async () => {
    const error = await refusalOf(
      bus.request(ProbeGreet, { name: '', times: 9 } as unknown as { name: string }),
    );

    expect(error.code).toBe('validation_failed');
    expect(error.status).toBe(400);
    expect(error.details).toEqual([
      { field: 'name', reason: 'name must be 1 to 20 characters long' },
      { field: 'times', reason: 'times must be from 1 to 3' },
    ]);
  });

  it("keeps a handler's own refusal", async () => {
    const error = await refusalOf(bus.request(ProbeGreet, { name: 'nobody' }));

    expect(error.code).toBe('not_found');
  });

  it('validates declared events before the handler hears them', async () => {
    await bus.emit(ProbeWaved, { extra: true } as unknown as { by: string });
    await bus.emit(ProbeWaved, { by: 'grace' });

    await waitFor(
      async () => heardWaves,
      (heard) => heard.length > 0,
      { timeoutMs: 10_000, intervalMs: 20 },
    );
    expect(heardWaves).toEqual(['grace']);
  });

  it('ties the payload to the declaration at compile time', () => {
    const misuse = () =>
      // @ts-expect-error `nickname` is not a field of ProbeGreet's request
      bus.request(ProbeGreet, { nickname: 'x' });

    expect(misuse).toBeInstanceOf(Function);
  });
});
