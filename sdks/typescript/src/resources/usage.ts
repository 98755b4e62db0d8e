import type { Api } from '../api/api.js';
import { dataOf } from '../api/data-of.js';
import type { RequestOptions } from '../options.js';
import type { DataOf, QueryOf } from '../types.js';

export type UsageQuery = QueryOf<'usage_report'>;

/** Requests per credential and environment, and each pool now: `/api/v1/usage`. */
export class Usage {
  constructor(private readonly api: Api) {}

  /** `period`: `24h` (hourly buckets) or `7d` (6-hourly). */
  get(query: UsageQuery = {}, options?: RequestOptions): Promise<DataOf<'usage_report'>> {
    return dataOf<'usage_report'>(
      this.api.client.GET('/api/v1/usage', { params: { query }, ...this.api.init(options) }),
    );
  }

  /** Each platform's limits and today's use of them. */
  platforms(options?: RequestOptions): Promise<DataOf<'platformUsage_report'>> {
    return dataOf<'platformUsage_report'>(
      this.api.client.GET('/api/v1/usage/platforms', this.api.init(options)),
    );
  }
}
