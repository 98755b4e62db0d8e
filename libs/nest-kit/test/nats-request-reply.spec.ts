import { AppError, declareRequest } from '@tally/contracts';
import { Controller, Module } from '@nestjs/common';
import { type Observable, of, throwError } from 'rxjs';
import { z } from 'zod';
import { Handles } from '../src/messaging/handles.decorator.js';
import { ServiceClient } from '../src/nats/service-client.js';
import { TallyClientNats } from '../src/nats/tally-client-nats.js';
import { RequestContext } from '../src/request-context/request-context.js';
import { startProbeService, type ProbeService } from './support/probe-service.js';

const Nothing = z.strictObject({});

const ReadContext = declareRequest('probe.context.read', {
  request: Nothing,
  reply: z.object({ requestId: z.string().optional() }),
});
const Echo = declareRequest('probe.thing.echo', {
  request: z.strictObject({ value: z.int(), delayMs: z.int().min(0) }),
  reply: z.object({ value: z.int() }),
});
const Find = declareRequest('probe.thing.find', { request: Nothing, reply: z.never() });
const Crash = declareRequest('probe.thing.crash', { request: Nothing, reply: z.never() });
const Slow = declareRequest('probe.thing.slow', { request: Nothing, reply: z.string() });
const Streamed = declareRequest('probe.thing.streamed', {
  request: Nothing,
  reply: z.object({ value: z.int() }),
});
const StreamRefused = declareRequest('probe.thing.stream-refused', {
  request: Nothing,
  reply: z.never(),
});
/** Declared, but nobody handles it. */
const NobodyHome = declareRequest('probe.nobody.home', { request: Nothing, reply: z.never() });

@Controller()
class ProbeHandler {
  @Handles(ReadContext)
  read(): { requestId: string | undefined } {
    return { requestId: RequestContext.requestId() };
  }

  @Handles(Echo)
  async echo(payload: z.output<typeof Echo.request>): Promise<{ value: number }> {
    await new Promise((resolve) => setTimeout(resolve, payload.delayMs));
    return { value: payload.value };
  }

  @Handles(Find)
  find(): never {
    throw new AppError('not_found', 'No such thing.');
  }

  @Handles(Crash)
  crash(): never {
    throw new Error('database password is hunter2');
  }

  @Handles(Streamed)
  streamed(): Observable<{ value: number }> {
    return of({ value: 7 });
  }

  @Handles(StreamRefused)
  streamRefused(): Observable<never> {
    return throwError(() => new AppError('not_found', 'No such stream.'));
  }

  @Handles(Slow)
  async slow(): Promise<string> {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return 'late';
  }
}

@Module({ controllers: [ProbeHandler] })
class ProbeModule {}

describe.each([
  ['handlers called straight (as the services run them)', true],
  ["handlers called through Nest's RPC pipeline", false],
])('NATS request-reply between Tally services, %s', (_how, direct) => {
  let probe: ProbeService;
  let bus: ServiceClient;

  beforeAll(async () => {
    probe = await startProbeService(ProbeModule, { direct });
    bus = probe.bus;
  });

  afterAll(async () => {
    await probe?.close();
  });

  it("carries the caller's request id into the handler", async () => {
    const reply = await RequestContext.run({ requestId: 'req-42' }, () =>
      bus.request(ReadContext, {}),
    );

    expect(reply.requestId).toBe('req-42');
  });

  it('gives the handler a fresh request id when the caller had none', async () => {
    const reply = await bus.request(ReadContext, {});

    expect(reply.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps the code and status of an error the handler raised on purpose', async () => {
    const failure = await bus.request(Find, {}).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'not_found', status: 404, message: 'No such thing.' });
  });

  it('answers from a handler that returns a stream, and keeps the refusal a stream fails with', async () => {
    await expect(bus.request(Streamed, {})).resolves.toEqual({ value: 7 });

    const failure = await bus.request(StreamRefused, {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'not_found', status: 404, message: 'No such stream.' });
  });

  it('hides the message of an unexpected error', async () => {
    const failure = await bus.request(Crash, {}).catch((error: unknown) => error);

    expect(failure).toMatchObject({
      code: 'internal_error',
      status: 500,
      message: 'An internal error occurred.',
    });
  });

  it('gives up with 504 when the answer comes after the timeout', async () => {
    const failure = await bus.request(Slow, {}, { timeoutMs: 50 }).catch((error: unknown) => error);

    expect(failure).toMatchObject({ code: 'upstream_timeout', status: 504 });
  });

  it('gives each of many concurrent requests its own answer, whatever order they come back in', async () => {
    const values = Array.from({ length: 200 }, (_, index) => index);

    const replies = await Promise.all(
      values.map((value) => bus.request(Echo, { value, delayMs: (value * 7) % 30 })),
    );

    expect(replies.map((reply) => reply.value)).toEqual(values);
  });

  it('still answers after a request that timed out gets its late answer', async () => {
    await bus.request(Slow, {}, { timeoutMs: 20 }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 400));

    const reply = await bus.request(Echo, {
      value: 7,
      delayMs: 0,
    });

    expect(reply).toEqual({ value: 7 });
  });

  it('answers 503 at once when no service listens on the subject', async () => {
    const started = Date.now();
    const failure = await bus
      .request(NobodyHome, {}, { timeoutMs: 5000 })
      .catch((error: unknown) => error);

    expect(failure).toMatchObject({
      code: 'service_unavailable',
      status: 503,
      details: [{ service: 'probe', reason: 'no_responders' }],
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('answers 503 when the message bus cannot be reached', async () => {
    const unreachable = new TallyClientNats({ servers: ['nats://127.0.0.1:1'], name: 'nowhere' });
    const offline = new ServiceClient(unreachable, { requestTimeoutMs: 2000 });
    try {
      const failure = await offline.request(ReadContext, {}).catch((error: unknown) => error);

      expect(failure).toMatchObject({
        code: 'service_unavailable',
        status: 503,
        details: [{ service: 'probe', reason: 'bus_unavailable' }],
      });
    } finally {
      await unreachable.close();
    }
  });
});
