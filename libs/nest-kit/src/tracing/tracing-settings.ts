export interface TracingSettings {
  /** Where spans go (OTLP over HTTP); tracing is off without it. */
  endpoint: string;
  /** The service's name on its spans: OTEL_SERVICE_NAME, or the app's own. */
  serviceName: string;
}

/**
 * Tracing's settings from the environment, or undefined when it is off. The
 * OpenTelemetry SDK reads the rest of the OTEL_* variables itself (sampler,
 * headers, a traces-only endpoint, resource attributes).
 */
export function tracingSettings(
  service: string,
  env: Record<string, string | undefined> = process.env,
): TracingSettings | undefined {
  const endpoint = (
    env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? env.OTEL_EXPORTER_OTLP_ENDPOINT
  )?.trim();
  if (!endpoint || env.OTEL_SDK_DISABLED === 'true') return undefined;
  return { endpoint, serviceName: env.OTEL_SERVICE_NAME?.trim() || service };
}
