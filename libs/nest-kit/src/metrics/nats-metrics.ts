import type { Registry } from 'prom-client';
import { SubjectMetrics } from './subject-metrics.js';

/** How a request this app sent over NATS ended. */
export type NatsRequestOutcome =
  | 'ok'
  /** The service answered with an error (its own refusal or failure). */
  | 'error'
  /** No answer within the timeout. */
  | 'timeout'
  /** Nobody listening on the subject, or the bus unreachable or lost on the way. */
  | 'unavailable';

/** How a message this app handled ended: answered (or, for an event, handled) or failed. */
export type NatsHandledOutcome = 'ok' | 'error';

const requests = new WeakMap<Registry, SubjectMetrics<NatsRequestOutcome>>();
const handled = new WeakMap<Registry, SubjectMetrics<NatsHandledOutcome>>();

/** `tally_nats_requests_total` and `tally_nats_request_duration_seconds`: the requests this app sent. */
export function natsRequestMetrics(registry: Registry): SubjectMetrics<NatsRequestOutcome> {
  let metrics = requests.get(registry);
  if (!metrics) {
    metrics = new SubjectMetrics(registry, {
      count: 'tally_nats_requests_total',
      duration: 'tally_nats_request_duration_seconds',
      help: 'Requests this app sent over NATS, by subject and outcome (ok, error, timeout, unavailable)',
    });
    requests.set(registry, metrics);
  }
  return metrics;
}

/** `tally_nats_handled_total` and `tally_nats_handled_duration_seconds`: the requests and events this app handled. */
export function natsHandledMetrics(registry: Registry): SubjectMetrics<NatsHandledOutcome> {
  let metrics = handled.get(registry);
  if (!metrics) {
    metrics = new SubjectMetrics(registry, {
      count: 'tally_nats_handled_total',
      duration: 'tally_nats_handled_duration_seconds',
      help: 'Requests and events this app handled from NATS, by subject and outcome (ok, error)',
    });
    handled.set(registry, metrics);
  }
  return metrics;
}
