import type { MessageHandler } from '@nestjs/microservices';
import { isObservable, tap } from 'rxjs';
import type { NatsHandledOutcome } from '../metrics/nats-metrics.js';
import type { SubjectMetrics } from '../metrics/subject-metrics.js';

/**
 * Each subject's handler, wrapped once so that every message it handles is
 * counted and timed, a request (answered) or an event (not): `ok` when its
 * result is complete, `error` when it fails (a refusal included: the error
 * filter's answer arrives as the stream's error).
 */
export class MeasuredHandlers {
  private readonly wrapped = new Map<
    string,
    { readonly handler: MessageHandler; readonly measured: MessageHandler }
  >();

  constructor(private readonly metrics: SubjectMetrics<NatsHandledOutcome>) {}

  of(subject: string, handler: MessageHandler): MessageHandler {
    const known = this.wrapped.get(subject);
    if (known?.handler === handler) return known.measured;
    const measured = measure(subject, handler, this.metrics);
    this.wrapped.set(subject, { handler, measured });
    return measured;
  }
}

function measure(
  subject: string,
  handler: MessageHandler,
  metrics: SubjectMetrics<NatsHandledOutcome>,
): MessageHandler {
  const observed = (result: unknown, startedAt: number): unknown => {
    if (!isObservable(result)) {
      metrics.record(subject, 'ok', startedAt);
      return result;
    }
    return result.pipe(
      tap({
        complete: () => metrics.record(subject, 'ok', startedAt),
        error: () => metrics.record(subject, 'error', startedAt),
      }),
    );
  };
  // Not async: a handler's promise is followed with one `then` rather than two more promises.
  const measured = (data: unknown, context?: unknown): unknown => {
    const startedAt = performance.now();
    const failed = (error: unknown): never => {
      metrics.record(subject, 'error', startedAt);
      throw error;
    };
    let result: unknown;
    try {
      result = handler(data, context);
    } catch (error) {
      // Fails as an async handler would: with a rejection, never a throw.
      return Promise.reject(error).catch(failed);
    }
    return result instanceof Promise
      ? result.then((value: unknown) => observed(value, startedAt), failed)
      : observed(result, startedAt);
  };
  // Not `next`: the handlers chained on one event subject run inside the first one.
  // A plain value is answered as it is: every caller awaits what a handler returns.
  return Object.assign(measured, {
    isEventHandler: handler.isEventHandler,
    extras: handler.extras,
  }) as MessageHandler;
}
