/**
 * Whether this process exports traces. Set once, by startTracing, before the
 * app's modules load; everything that traces checks it first, so that a
 * process without OTEL_EXPORTER_OTLP_ENDPOINT pays nothing on its hot paths.
 */
let active = false;

export function tracingActive(): boolean {
  return active;
}

export function markTracingActive(): void {
  active = true;
}
