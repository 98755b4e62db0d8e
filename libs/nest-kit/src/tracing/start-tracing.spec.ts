import { headers as natsHeaders } from '@nats-io/transport-node';
import { trace } from '@opentelemetry/api';
import http from 'node:http';
import { injectTraceContext, startNatsProcessSpan, withNatsSendSpan } from './nats-trace.js';
import { logTraceFields } from './log-trace-fields.js';
import { queueTelemetry } from './queue-telemetry.js';
import { startTracing } from './start-tracing.js';
import { tracingActive } from './tracing-state.js';
import { tracingSettings } from './tracing-settings.js';

/** OpenTelemetry's instrumentations wrap with shimmer, which marks what it wrapped. */
const isWrapped = (fn: unknown) => typeof fn === 'function' && '__wrapped' in fn;

const TRACEPARENT = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';

describe('tracing when OTEL_EXPORTER_OTLP_ENDPOINT is unset', () => {
  let startedWith: boolean;

  beforeAll(async () => {
    startedWith = await startTracing('probe', { OTEL_SERVICE_NAME: 'probe' });
  });

  it('starts nothing: no tracer provider is registered', () => {
    const span = trace.getTracer('probe').startSpan('probe');

    expect(tracingActive()).toBe(false);
    expect(span.isRecording()).toBe(false);
    expect(span.spanContext().traceId).toBe('00000000000000000000000000000000');
  });

  it('patches nothing: http is the one Node ships', () => {
    expect(startedWith).toBe(false);
    expect(isWrapped(http.request)).toBe(false);
    expect(isWrapped(http.Server.prototype.emit)).toBe(false);
  });

  it('writes no trace headers into NATS messages', () => {
    const headers = natsHeaders();

    injectTraceContext(headers);

    expect(headers.keys()).toEqual([]);
  });

  it('sends without a span and starts none for a received message', async () => {
    const headers = natsHeaders();
    headers.set('traceparent', TRACEPARENT);

    const sent = await withNatsSendSpan('request', 'probe.thing.read', async () => 'sent');

    expect(sent).toBe('sent');
    expect(startNatsProcessSpan('probe.thing.read', headers)).toBeUndefined();
  });

  it('adds no trace fields to log lines and no telemetry to queues', () => {
    expect(logTraceFields()).toEqual({});
    expect(queueTelemetry()).toBeUndefined();
  });
});

describe('tracingSettings', () => {
  it('is off without an endpoint', () => {
    expect(tracingSettings('gateway', {})).toBeUndefined();
    expect(tracingSettings('gateway', { OTEL_EXPORTER_OTLP_ENDPOINT: ' ' })).toBeUndefined();
  });

  it('is off when the SDK is disabled, endpoint or not', () => {
    const env = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel:4318', OTEL_SDK_DISABLED: 'true' };

    expect(tracingSettings('gateway', env)).toBeUndefined();
  });

  it('names the service after the app unless OTEL_SERVICE_NAME says otherwise', () => {
    const endpoint = 'http://otel:4318';

    expect(tracingSettings('gateway', { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint })).toEqual({
      endpoint,
      serviceName: 'gateway',
    });
    expect(
      tracingSettings('gateway', {
        OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
        OTEL_SERVICE_NAME: 'edge',
      })?.serviceName,
    ).toBe('edge');
  });

  it('takes a traces-only endpoint too', () => {
    const env = { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://otel:4318/v1/traces' };

    expect(tracingSettings('creators', env)?.endpoint).toBe('http://otel:4318/v1/traces');
  });
});
