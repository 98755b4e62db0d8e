import type { Environment, PoolState } from '@tally/contracts';
import type { Rate } from '../rate-limit/rate.js';

/**
 * A pool as the consume script would see it on the next request, without
 * counting one: `pttlMs` is the counter's PTTL (-2 when there is none, -1
 * without an expiry). No running window means a full one starting with the
 * next request; a window longer than the limit's (an operator shortened it)
 * ends no later than a new one would.
 */
export function poolState(
  environment: Environment,
  rate: Rate,
  used: number,
  pttlMs: number,
): PoolState {
  const windowMs = rate.windowSeconds * 1000;
  const untilReset = pttlMs < 0 || pttlMs > windowMs ? windowMs : pttlMs;
  return {
    environment,
    limit: rate.limit,
    windowSeconds: rate.windowSeconds,
    used,
    remaining: Math.max(0, rate.limit - used),
    resetSeconds: Math.max(1, Math.ceil(untilReset / 1000)),
  };
}
