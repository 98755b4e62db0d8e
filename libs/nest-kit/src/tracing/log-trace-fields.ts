import { trace } from '@opentelemetry/api';
import { tracingActive } from './tracing-state.js';

export interface LogTraceFields {
  trace_id?: string;
  span_id?: string;
}

/**
 * The active span's trace and span ids for a log line, named as OpenTelemetry's
 * log data model names them so that log stores link the line to its trace.
 * None when tracing is off (there is no trace: the request id is the link then).
 */
export function logTraceFields(): LogTraceFields {
  if (!tracingActive()) return {};
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}
