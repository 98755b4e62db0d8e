import {
  context,
  propagation,
  type Context,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
  type TextMapGetter,
  type TextMapSetter,
} from '@opentelemetry/api';
import { tracingActive } from './tracing-state.js';

/** The part of NATS's MsgHdrs that carries a trace: `traceparent`, `tracestate`, `baggage`. */
export interface TraceHeaders {
  get(key: string): string;
  set(key: string, value: string): void;
}

const setter: TextMapSetter<TraceHeaders> = {
  set: (headers, key, value) => headers.set(key, value),
};

const getter: TextMapGetter<TraceHeaders | undefined> = {
  get: (headers, key) => headers?.get(key) || undefined,
  keys: () => [],
};

const tracer = () => trace.getTracer('@tally/nest-kit/nats');

/** Writes the active trace into a message's headers (W3C traceparent), when tracing is on. */
export function injectTraceContext(headers: TraceHeaders): void {
  if (tracingActive()) propagation.inject(context.active(), headers, setter);
}

/** The trace a received message's headers carry, or the active one when they carry none. */
export function extractTraceContext(headers: TraceHeaders | undefined): Context {
  return propagation.extract(context.active(), headers, getter);
}

/**
 * Runs a request or an event sent over NATS inside a span of its own
 * (`request <subject>`, `publish <subject>`), so that the headers written
 * meanwhile name it as the receiver's parent. Runs `send` alone without
 * tracing, and outside a trace: a background poll (revocations every second)
 * would otherwise start a trace of its own each time.
 */
export function withNatsSendSpan<T>(
  operation: 'request' | 'publish',
  subject: string,
  send: () => Promise<T>,
): Promise<T> {
  if (!tracingActive() || !trace.getActiveSpan()) return send();
  const kind = operation === 'request' ? SpanKind.CLIENT : SpanKind.PRODUCER;
  return tracer().startActiveSpan(
    `${operation} ${subject}`,
    { kind, attributes: messagingAttributes(operation, subject) },
    async (span) => {
      try {
        return await send();
      } catch (error) {
        recordFailure(span, error);
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/**
 * Starts the span of a message being handled (`process <subject>`), a child of
 * the sender's span, with the context to handle it in. None for a message sent
 * outside a trace (see withNatsSendSpan), nor when tracing is off.
 */
export function startNatsProcessSpan(
  subject: string,
  headers: TraceHeaders | undefined,
): { span: Span; context: Context } | undefined {
  if (!tracingActive()) return undefined;
  const parent = extractTraceContext(headers);
  if (!trace.getSpan(parent)) return undefined;
  const span = tracer().startSpan(
    `process ${subject}`,
    {
      kind: SpanKind.SERVER,
      attributes: messagingAttributes('process', subject),
    },
    parent,
  );
  return { span, context: trace.setSpan(parent, span) };
}

function messagingAttributes(operation: string, subject: string) {
  return {
    'messaging.system': 'nats',
    'messaging.operation.name': operation,
    'messaging.destination.name': subject,
  };
}

function recordFailure(span: Span, error: unknown): void {
  span.setStatus({
    code: SpanStatusCode.ERROR,
    message: error instanceof Error ? error.name : String(error),
  });
}
