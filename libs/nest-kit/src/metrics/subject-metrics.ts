import { Counter, Histogram, type Registry } from 'prom-client';
import { registeredMetric } from './registered-metric.js';

/** Seconds: from a cached answer on the same host to a slow database query. */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Series {
  readonly count: Counter.Internal;
  readonly duration: Histogram.Internal<'subject' | 'outcome'>;
}

export interface SubjectMetricNames {
  /** `..._total`, by subject and outcome. */
  readonly count: string;
  /** `..._seconds`, by subject and outcome. */
  readonly duration: string;
  readonly help: string;
}

/**
 * A count and a latency histogram of NATS messages by contract subject (never
 * the deployment's prefix) and outcome. Each subject and outcome's series is
 * looked up once and kept: recording allocates no label objects.
 */
export class SubjectMetrics<O extends string> {
  private readonly counts: Counter<'subject' | 'outcome'>;
  private readonly durations: Histogram<'subject' | 'outcome'>;
  private readonly series = new Map<string, Map<O, Series>>();

  constructor(registry: Registry, names: SubjectMetricNames) {
    this.counts = registeredMetric(
      registry,
      names.count,
      (name) =>
        new Counter({
          name,
          help: names.help,
          labelNames: ['subject', 'outcome'],
          registers: [registry],
        }),
    );
    this.durations = registeredMetric(
      registry,
      names.duration,
      (name) =>
        new Histogram({
          name,
          help: `${names.help}: how long they took, in seconds`,
          labelNames: ['subject', 'outcome'],
          buckets: BUCKETS,
          registers: [registry],
        }),
    );
  }

  /** One message of `subject` ended with `outcome`; `startedAt` is its `performance.now()`. */
  record(subject: string, outcome: O, startedAt: number): void {
    const series = this.seriesOf(subject, outcome);
    series.count.inc();
    series.duration.observe((performance.now() - startedAt) / 1000);
  }

  private seriesOf(subject: string, outcome: O): Series {
    let bySubject = this.series.get(subject);
    if (!bySubject) {
      bySubject = new Map();
      this.series.set(subject, bySubject);
    }
    let series = bySubject.get(outcome);
    if (!series) {
      series = {
        count: this.counts.labels(subject, outcome),
        duration: this.durations.labels(subject, outcome),
      };
      bySubject.set(outcome, series);
    }
    return series;
  }
}
