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
  const measured = async (data: unknown, context?: unknown): Promise<unknown> => {
    const startedAt = performance.now();
    let result: unknown;
    try {
      result = await handler(data, context);
    } catch (error) {
      metrics.record(subject, 'error', startedAt);
      throw error;
    }
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
  // Not `next`: the handlers chained on one event subject run inside the first one.
  return Object.assign(measured, {
    isEventHandler: handler.isEventHandler,
    extras: handler.extras,
  });
}
