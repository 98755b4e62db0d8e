import { register } from 'node:module';
import { markTracingActive, tracingActive } from './tracing-state.js';
import { type TracingSettings, tracingSettings } from './tracing-settings.js';

/** The span attribute that carries Tally's request id. */
const REQUEST_ID_ATTRIBUTE = 'tally.request_id';

/** Probes and scrapes would be most of the traces and tell nothing. */
const UNTRACED_PATHS = ['/health/', '/metrics'];
const untraced = (url: string | undefined) =>
  UNTRACED_PATHS.some((path) => url?.startsWith(path) ?? false);

/**
 * Starts exporting this process's traces over OTLP when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise loads nothing and patches
 * nothing. Must run before the app's own modules are imported: only the
 * libraries loaded after it (http, undici, Fastify, pg, ioredis) are instrumented.
 */
export async function startTracing(
  service: string,
  env: Record<string, string | undefined> = process.env,
): Promise<boolean> {
  const settings = tracingSettings(service, env);
  if (!settings || tracingActive()) return tracingActive();
  // ES modules are instrumented by import-in-the-middle's loader hook, which sees only later imports.
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
  const provider = await startProvider(settings);
  markTracingActive();
  // Best effort: the spans still buffered go out while the app closes.
  const flush = () => void provider.shutdown().catch(() => undefined);
  process.once('SIGTERM', flush);
  process.once('SIGINT', flush);
  return true;
}

async function startProvider(settings: TracingSettings) {
  const [
    { NodeTracerProvider },
    { BatchSpanProcessor },
    { OTLPTraceExporter },
    { resourceFromAttributes },
    { registerInstrumentations },
    { HttpInstrumentation },
    { UndiciInstrumentation },
    { FastifyOtelInstrumentation },
    { PgInstrumentation },
    { IORedisInstrumentation },
  ] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/instrumentation'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-undici'),
    import('@fastify/otel'),
    import('@opentelemetry/instrumentation-pg'),
    import('@opentelemetry/instrumentation-ioredis'),
  ]);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': settings.serviceName }),
    // The exporter reads OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT and _HEADERS; the sampler OTEL_TRACES_SAMPLER(_ARG).
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // W3C traceparent and baggage, through AsyncLocalStorage.
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => untraced(request.url),
      }),
      new UndiciInstrumentation(),
      // The route and its handler; a span per lifecycle hook of every plugin would drown them.
      new FastifyOtelInstrumentation({
        registerOnInitialization: true,
        instrumentHooks: false,
        ignorePaths: (route) => untraced(route.url),
        // The id customers quote (X-Request-Id, on every log line): a trace is found by it.
        requestHook: (span, request) => span.setAttribute(REQUEST_ID_ATTRIBUTE, request.id),
      }),
      new PgInstrumentation({ requireParentSpan: true }),
      new IORedisInstrumentation({ requireParentSpan: true }),
    ],
  });
  return provider;
}
