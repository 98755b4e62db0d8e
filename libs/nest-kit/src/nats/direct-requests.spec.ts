import { AppError, declareEvent, declareRequest, type ErrorPayload } from '@tally/contracts';
import {
  type CallHandler,
  type CanActivate,
  Controller,
  type ExecutionContext,
  type NestInterceptor,
  type INestApplicationContext,
  Module,
  type PipeTransform,
  UseFilters,
  UseGuards,
  UseInterceptors,
  UsePipes,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';
import { firstValueFrom, isObservable, type Observable, of, throwError } from 'rxjs';
import { z } from 'zod';
import { Handles } from '../messaging/handles.decorator.js';
import { RpcErrorFilter } from '../rpc/rpc-error.filter.js';
import { directRequestHandlers } from './direct-requests.js';

const Value = z.strictObject({ value: z.int() });
const request = (subject: string) =>
  declareRequest(subject, { request: Value, reply: z.object({ value: z.int() }) });

const Bare = request('direct.bare');
const WithPayload = request('direct.payload');
const Failing = request('direct.failing');
const Rejecting = request('direct.rejecting');
const Streamed = request('direct.streamed');
const StreamRefused = request('direct.stream-refused');
const WithContext = request('direct.context');
const Guarded = request('direct.guarded');
const Piped = request('direct.piped');
const Filtered = request('direct.filtered');
const InIntercepted = request('direct.intercepted');
const Happened = declareEvent('direct.happened', Value);

class Allow implements CanActivate {
  canActivate(): boolean {
    return true;
  }
}
class Same implements PipeTransform {
  transform(value: unknown): unknown {
    return value;
  }
}

@Controller()
class PlainHandlers {
  @Handles(Bare)
  bare(request: z.output<typeof Value>): { value: number } {
    return { value: request.value + 1 };
  }

  @Handles(WithPayload)
  async payload(@Payload() request: z.output<typeof Value>): Promise<{ value: number }> {
    await Promise.resolve();
    return { value: request.value * 2 };
  }

  @Handles(Failing)
  failing(): never {
    throw new AppError('not_found', 'No such thing.');
  }

  @Handles(Rejecting)
  async rejecting(): Promise<never> {
    await Promise.resolve();
    throw new AppError('conflict', 'Already there.');
  }

  @Handles(Streamed)
  streamed(request: z.output<typeof Value>): Observable<{ value: number }> {
    return of({ value: request.value });
  }

  @Handles(StreamRefused)
  streamRefused(): Observable<never> {
    return throwError(() => new AppError('not_found', 'No such stream.'));
  }

  @Handles(WithContext)
  context(@Payload() request: unknown, @Ctx() context: unknown): unknown {
    return { request, context };
  }

  @Handles(Guarded)
  @UseGuards(Allow)
  guarded(): number {
    return 1;
  }

  @Handles(Piped)
  @UsePipes(Same)
  piped(): number {
    return 1;
  }

  @Handles(Filtered)
  @UseFilters(RpcErrorFilter)
  filtered(): number {
    return 1;
  }

  @Handles(Happened)
  happened(): void {}

  @MessagePattern('direct.undeclared')
  undeclared(): number {
    return 1;
  }
}

class PassThrough implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle();
  }
}

@Controller()
@UseInterceptors(PassThrough)
class InterceptedHandlers {
  @Handles(InIntercepted)
  intercepted(): number {
    return 1;
  }
}

@Module({ controllers: [PlainHandlers, InterceptedHandlers] })
class DirectModule {}

async function refusalOf(result: unknown): Promise<ErrorPayload> {
  const settled = await result;
  if (!isObservable(settled)) throw new Error('expected the filter’s stream');
  return firstValueFrom(settled as Observable<unknown>).then(
    () => {
      throw new Error('the stream did not fail');
    },
    (payload: unknown) => payload as ErrorPayload,
  );
}

describe('directRequestHandlers', () => {
  let app: INestApplicationContext;

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(DirectModule, { logger: false });
  });

  afterAll(async () => {
    await app.close();
  });

  it('takes the declared requests whose handlers need nothing of the pipeline, and only those', () => {
    const handlers = directRequestHandlers(app, new RpcErrorFilter());

    expect([...handlers.keys()].sort()).toEqual([
      'direct.bare',
      'direct.failing',
      'direct.payload',
      'direct.rejecting',
      'direct.stream-refused',
      'direct.streamed',
    ]);
  });

  it('calls the handler on its controller with the message data, validated by @Handles', async () => {
    const handlers = directRequestHandlers(app, new RpcErrorFilter());

    expect(handlers.get('direct.bare')?.({ value: 1 })).toEqual({ value: 2 });
    await expect(handlers.get('direct.payload')?.({ value: 4 })).resolves.toEqual({ value: 8 });
    await expect(refusalOf(handlers.get('direct.bare')?.({ value: 'one' }))).resolves.toMatchObject(
      { code: 'validation_failed', status: 400 },
    );
  });

  it("gives a handler's failure, thrown or rejected, to the filter as Nest would", async () => {
    const handlers = directRequestHandlers(app, new RpcErrorFilter());

    await expect(refusalOf(handlers.get('direct.failing')?.({ value: 1 }))).resolves.toMatchObject({
      code: 'not_found',
      status: 404,
      message: 'No such thing.',
    });
    await expect(
      refusalOf(handlers.get('direct.rejecting')?.({ value: 1 })),
    ).resolves.toMatchObject({ code: 'conflict', status: 409 });
  });

  it("answers a handler's stream, and gives the filter the refusal a stream fails with", async () => {
    const handlers = directRequestHandlers(app, new RpcErrorFilter());

    const streamed: unknown = handlers.get('direct.streamed')?.({ value: 3 });
    expect(isObservable(streamed)).toBe(true);
    await expect(firstValueFrom(streamed as Observable<unknown>)).resolves.toEqual({ value: 3 });
    await expect(
      refusalOf(handlers.get('direct.stream-refused')?.({ value: 1 })),
    ).resolves.toMatchObject({ code: 'not_found', status: 404, message: 'No such stream.' });
  });

  it('marks what it returns as request handlers', () => {
    const handler = directRequestHandlers(app, new RpcErrorFilter()).get('direct.bare');

    expect(handler?.isEventHandler).toBe(false);
  });
});
