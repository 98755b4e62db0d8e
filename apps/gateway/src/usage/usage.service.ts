import {
  AppError,
  ENVIRONMENTS,
  type PoolState,
  type Principal,
  type UsageQuery,
  type UsageReport,
} from '@tally/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { accountLimitsReport } from '../cli/effective-limits.js';
import { poolState } from './pool-state.js';
import { buildUsageReport } from './usage-report.js';
import { usageWindow } from './usage-window.js';
import { USAGE_OPTIONS, UsageOptions } from './usage.options.js';
import { UsageStore } from './usage-store.js';

/** The caller's account's usage: the hourly counts the gateways flushed, and the pools now. */
@Injectable()
export class UsageService {
  constructor(
    private readonly store: UsageStore,
    @Inject(USAGE_OPTIONS) private readonly options: UsageOptions,
  ) {}

  async report(principal: Principal, query: UsageQuery): Promise<UsageReport> {
    const now = Date.now();
    const window = usageWindow(query.period ?? '24h', now);
    const [hourly, pools] = await Promise.all([
      this.store.hours(principal.accountId, window.hours),
      this.pools(principal.accountId),
    ]).catch(() => {
      throw new AppError(
        'service_unavailable',
        'Usage cannot be read right now; try again shortly.',
      );
    });
    return buildUsageReport(window, hourly, pools, now);
  }

  private async pools(accountId: string): Promise<PoolState[]> {
    const [overrides, counters] = await Promise.all([
      this.store.accountOverrides(accountId),
      this.store.poolCounters(accountId),
    ]);
    const limits = accountLimitsReport(accountId, this.options.rateLimits, overrides);
    return ENVIRONMENTS.map((environment) =>
      poolState(
        environment,
        limits[environment],
        counters[environment].used,
        counters[environment].pttlMs,
      ),
    );
  }
}
