import type { RateLimitName } from './rate.js';
import type { LimitStatus, RateLimitDecision } from './rate-limit-decision.js';
import { BURST_AT, IP_AT, POOL_AT, WindowCounts } from './window-counts.js';

function statusAt(counts: WindowCounts, at: number, name: RateLimitName): LimitStatus {
  const limit = counts[at];
  return {
    name,
    limit,
    windowSeconds: counts[at + 1],
    remaining: Math.max(0, limit - counts[at + 2]),
    resetSeconds: Math.max(1, Math.ceil(counts[at + 3] / 1000)),
  };
}

/** Of the limits a refused request exhausted, the one that ends last: waiting for it is enough. */
function longestWait(...statuses: (LimitStatus | undefined)[]): LimitStatus | undefined {
  let longest: LimitStatus | undefined;
  for (const status of statuses) {
    if (status && status.remaining === 0 && status.resetSeconds > (longest?.resetSeconds ?? 0)) {
      longest = status;
    }
  }
  return longest;
}

/** `names`: of the credential's two limits, when it has them (see credential-counters.ts). */
export function decisionFrom(
  counts: WindowCounts,
  enforcedBy: RateLimitDecision['enforcedBy'],
  names: readonly [RateLimitName, RateLimitName] = ['pool', 'burst'],
): RateLimitDecision {
  const ip = statusAt(counts, IP_AT, 'ip');
  const pool = counts.length > POOL_AT ? statusAt(counts, POOL_AT, names[0]) : undefined;
  const burst = counts.length > BURST_AT ? statusAt(counts, BURST_AT, names[1]) : undefined;
  const allowed = counts[0] === 1;
  const refusedBy = allowed ? undefined : longestWait(ip, pool, burst);
  return {
    allowed,
    ip,
    pool,
    burst,
    refusedBy,
    retryAfterSeconds: refusedBy?.resetSeconds ?? 0,
    enforcedBy,
  };
}
