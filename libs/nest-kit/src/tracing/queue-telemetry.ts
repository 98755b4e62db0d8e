import type { Telemetry } from 'bullmq';
import { BullMQOtel } from 'bullmq-otel';
import { tracingActive } from './tracing-state.js';

let telemetry: Telemetry | undefined;

/**
 * BullMQ's OpenTelemetry bridge when tracing is on: a job added inside a trace
 * carries it (in the job's options, stored with it), and the worker processes
 * it in a child span. Undefined when tracing is off, so BullMQ traces nothing.
 */
export function queueTelemetry(): Telemetry | undefined {
  if (!tracingActive()) return undefined;
  telemetry ??= new BullMQOtel({ tracerName: '@tally/queues' });
  return telemetry;
}
