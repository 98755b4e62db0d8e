import { AppError } from '@tally/contracts';
import { Controller, Module } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ServiceClient } from '../src/nats/service-client.js';
import { TallyClientNats } from '../src/nats/tally-client-nats.js';
import { RequestContext } from '../src/request-context/request-context.js';
import { startProbeService, type ProbeService } from './support/probe-service.js';

@Controller()
class ProbeHandler {
  @MessagePattern('probe.context.read')
  read(): { requestId: string | undefined } {
    return { requestId: RequestContext.requestId() };
  }

  @MessagePattern('probe.thing.echo')
  async echo(@Payload() payload: { value: number; delayMs: number }): Promise<{ value: number }> {
    await new Promise((resolve) => setTimeout(resolve, payload.delayMs));
    return { value: payload.value };
  }

  @MessagePattern('probe.thing.find')
  find(): never {
    throw new AppError('not_found', 'No such thing.');
  }

  @MessagePattern('probe.thing.crash')
  crash(): never {
    throw new Error('database password is hunter2');
  }

  @MessagePattern('probe.thing.slow')
  async slow(): Promise<string> {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return 'late';
  }
}

@Module({ controllers: [ProbeHandler] })
class ProbeModule {}

describe('NATS request-reply between Tally services', () => {
  let probe: ProbeService;
  let bus: ServiceClient;

  beforeAll(async () => {
    probe = await startProbeService(ProbeModule);
    bus = probe.bus;
  });

  afterAll(async () => {
    await probe?.close();
  });

  it("carries the caller's request id into the handler", async () => {
    const reply = await RequestContext.run({ requestId: 'req-42' }, () =>
      bus.request<{ requestId: string }>('probe.context.read', {}),
    );

    expect(reply.requestId).toBe('req-42');
  });

  it('gives the handler a fresh request id when the caller had none', async () => {
    const reply = await bus.request<{ requestId: string }>('probe.context.read', {});

    expect(reply.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps the code and status of an error the handler raised on purpose', async () => {
    const failure = await bus.request('probe.thing.find', {}).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'not_found', status: 404, message: 'No such thing.' });
  });

  it('hides the message of an unexpected error', async () => {
    const failure = await bus.request('probe.thing.crash', {}).catch((error: unknown) => error);

    expect(failure).toMatchObject({
      code: 'internal_error',
      status: 500,
      message: 'An internal error occurred.',
    });
  });

  it('gives up with 504 when the answer comes after the timeout', async () => {
    const failure = await bus
      .request('probe.thing.slow', {}, { timeoutMs: 50 })
      .catch((error: unknown) => error);

    expect(failure).toMatchObject({ code: 'upstream_timeout', status: 504 });
  });

  it('gives each of many concurrent requests its own answer, whatever order they come back in', async () => {
    const values = Array.from({ length: 200 }, (_, index) => index);

    const replies = await Promise.all(
      values.map((value) =>
        bus.request<{ value: number }>('probe.thing.echo', { value, delayMs: (value * 7) % 30 }),
      ),
    );

    expect(replies.map((reply) => reply.value)).toEqual(values);
  });

  it('still answers after a request that timed out gets its late answer', async () => {
    await bus.request('probe.thing.slow', {}, { timeoutMs: 20 }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 400));

    const reply = await bus.request<{ value: number }>('probe.thing.echo', {
      value: 7,
      delayMs: 0,
    });

    expect(reply).toEqual({ value: 7 });
  });

  it('answers 503 at once when no service listens on the subject', async () => {
    const started = Date.now();
    const failure = await bus
      .request('probe.nobody.home', {}, { timeoutMs: 5000 })
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
      const failure = await offline
        .request('probe.context.read', {})
        .catch((error: unknown) => error);

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
