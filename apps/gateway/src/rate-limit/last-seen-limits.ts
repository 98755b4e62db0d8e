import type { Rate } from './rate.js';
import { BURST_AT, IP_AT, POOL_AT, WindowCounts } from './window-counts.js';

interface AccountLimits {
  pool: Rate;
  burst: Rate;
}

function differs(counts: WindowCounts, at: number, rate: Rate): boolean {
  return counts[at] !== rate.limit || counts[at + 1] !== rate.windowSeconds;
}

function rateAt(counts: WindowCounts, at: number): Rate {
  return { limit: counts[at], windowSeconds: counts[at + 1] };
}

/**
 * The operators' overrides as Redis last applied them, so that the in-memory
 * fallback keeps honouring them while Redis is away. Only accounts whose limits
 * differ from the defaults are kept, at most `maxAccounts` of them.
 */
export class LastSeenLimits {
  private ipRate: Rate | undefined;
  private readonly accounts = new Map<string, AccountLimits>();

  constructor(private readonly maxAccounts: number) {}

  noteIp(counts: WindowCounts, fallback: Rate): void {
    if (!differs(counts, IP_AT, fallback)) this.ipRate = undefined;
    else if (!this.ipRate || differs(counts, IP_AT, this.ipRate))
      this.ipRate = rateAt(counts, IP_AT);
  }

  /** `poolKey` names the account and environment. */
  noteAccount(poolKey: string, counts: WindowCounts, pool: Rate, burst: Rate): void {
    if (!differs(counts, POOL_AT, pool) && !differs(counts, BURST_AT, burst)) {
      if (this.accounts.size > 0) this.accounts.delete(poolKey);
      return;
    }
    const known = this.accounts.get(poolKey);
    if (known && !differs(counts, POOL_AT, known.pool) && !differs(counts, BURST_AT, known.burst)) {
      return;
    }
    this.accounts.delete(poolKey);
    if (this.accounts.size >= this.maxAccounts) {
      this.accounts.delete(this.accounts.keys().next().value as string);
    }
    this.accounts.set(poolKey, { pool: rateAt(counts, POOL_AT), burst: rateAt(counts, BURST_AT) });
  }

  ip(fallback: Rate): Rate {
    return this.ipRate ?? fallback;
  }

  account(poolKey: string): AccountLimits | undefined {
    return this.accounts.get(poolKey);
  }
}
