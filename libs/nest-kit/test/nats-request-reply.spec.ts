import { AppError } from '@tally/contracts';
import { Controller, INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MessagePattern } from '@nestjs/microservices';
import { ServiceClient } from '../src/nats/service-client.js';
import { TallyClientNats } from '../src/nats/tally-client-nats.js';
import { TallyServerNats } from '../src/nats/tally-server-nats.js';
import { RequestContext } from '../src/request-context/request-context.js';
import { RpcErrorFilter } from '../src/rpc/rpc-error.filter.js';

@Controller()
class ProbeHandler {
  @MessagePattern('probe.context.read')
  read(): { requestId: string | undefined } {
    return { requestId: RequestContext.requestId() };
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
  const servers = [process.env.NATS_URL ?? 'nats://127.0.0.1:4222'];
  const subjectPrefix = process.env.NATS_SUBJECT_PREFIX;
  let microservice: INestMicroservice;
  let client: TallyClientNats;
  let bus: ServiceClient;

  beforeAll(async () => {
    microservice = await NestFactory.createMicroservice(ProbeModule, {
      strategy: new TallyServerNats({ servers, name: 'probe', queue: 'probe', subjectPrefix }),
      logger: false,
    });
    microservice.useGlobalFilters(new RpcErrorFilter());
    await microservice.listen();
    client = new TallyClientNats({ servers, name: 'probe-client', subjectPrefix });
    bus = new ServiceClient(client, { requestTimeoutMs: 2000 });
  });

  afterAll(async () => {
    await client?.close();
    await microservice?.close();
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
});
