import { registeredMetric } from '@tally/nest-kit';
import { Counter, type Registry } from 'prom-client';
import type { RateLimitName } from '../rate-limit/rate.js';

// A record, so that a new limit cannot be forgotten here.
const LIMITS: Record<RateLimitName, true> = {
  pool: true,
  burst: true,
  ip: true,
  publishable: true,
  'publishable-ip': true,
};

/** `tally_rate_limit_refusals_total{limit}`: the 429s of the gateway's own rate limiter, by the limit that refused. */
export class RateLimitRefusalMetrics {
  private readonly byLimit = new Map<RateLimitName, Counter.Internal>();

  constructor(registry: Registry) {
    const refusals = registeredMetric(
      registry,
      'tally_rate_limit_refusals_total',
      (name) =>
        new Counter({
          name,
          help: 'Requests the gateway refused with 429 because a rate limit was spent, by limit (pool, burst, ip, publishable, publishable-ip)',
          labelNames: ['limit'],
          registers: [registry],
        }),
    );
    for (const limit of Object.keys(LIMITS) as RateLimitName[]) {
      // Every limit's series shows from the start, at 0 until its first refusal.
      refusals.inc({ limit }, 0);
      this.byLimit.set(limit, refusals.labels(limit));
    }
  }

  refused(limit: RateLimitName): void {
    this.byLimit.get(limit)?.inc();
  }
}
