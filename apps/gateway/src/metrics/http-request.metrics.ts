import { registeredMetric } from '@tally/nest-kit';
import { Counter, Histogram, type Registry } from 'prom-client';

/** The route label of a request no route matched: one series, whatever URLs are tried. */
export const UNMATCHED_ROUTE = 'unmatched';

/** Seconds: from a cached key check to a sync that waits for its platform. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

type Label = 'route' | 'method' | 'status';

interface Series {
  readonly count: Counter.Internal;
  readonly duration: Histogram.Internal<Label>;
}

/**
 * `tally_http_requests_total` and `tally_http_request_duration_seconds` by
 * route pattern (`/api/v1/creators/:id`, never the URL), method and status.
 * Each combination's series is looked up once and kept: recording a request
 * allocates no label objects.
 */
export class HttpRequestMetrics {
  private readonly counts: Counter<Label>;
  private readonly durations: Histogram<Label>;
  private readonly series = new Map<string, Map<string, Map<number, Series>>>();

  constructor(registry: Registry) {
    this.counts = registeredMetric(
      registry,
      'tally_http_requests_total',
      (name) =>
        new Counter({
          name,
          help: `Requests the gateway answered, by route pattern (${UNMATCHED_ROUTE} when none matched), method and status`,
          labelNames: ['route', 'method', 'status'],
          registers: [registry],
        }),
    );
    this.durations = registeredMetric(
      registry,
      'tally_http_request_duration_seconds',
      (name) =>
        new Histogram({
          name,
          help: 'How long the gateway took to answer, by route pattern, method and status',
          labelNames: ['route', 'method', 'status'],
          buckets: BUCKETS,
          registers: [registry],
        }),
    );
  }

  record(route: string, method: string, status: number, seconds: number): void {
    const series = this.seriesOf(route, method, status);
    series.count.inc();
    series.duration.observe(seconds);
  }

  private seriesOf(route: string, method: string, status: number): Series {
    let byMethod = this.series.get(route);
    if (!byMethod) {
      byMethod = new Map();
      this.series.set(route, byMethod);
    }
    let byStatus = byMethod.get(method);
    if (!byStatus) {
      byStatus = new Map();
      byMethod.set(method, byStatus);
    }
    let series = byStatus.get(status);
    if (!series) {
      const labels = [route, method, String(status)];
      series = {
        count: this.counts.labels(...labels),
        duration: this.durations.labels(...labels),
      };
      byStatus.set(status, series);
    }
    return series;
  }
}
