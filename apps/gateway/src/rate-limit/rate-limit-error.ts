import { AppError } from '@tally/contracts';
import type { LimitStatus, RateLimitDecision } from './rate-limit-decision.js';

function seconds(count: number): string {
  return count === 1 ? '1 second' : `${count} seconds`;
}

function explain(hit: LimitStatus, retryAfter: number): string {
  const rate = `${hit.limit} requests per ${seconds(hit.windowSeconds)}`;
  const retry = `Try again in ${seconds(retryAfter)}.`;
  switch (hit.name) {
    case 'pool':
      return `The account's request pool for this environment is used up (${rate}). ${retry}`;
    case 'burst':
      return `This credential sends requests too fast (burst limit: ${rate}). ${retry}`;
    case 'ip':
      return `Too many requests from this IP address (${rate}). ${retry}`;
    case 'publishable':
      return `This publishable key's request pool is used up (${rate}). ${retry}`;
    case 'publishable-ip':
      return `Too many requests with this publishable key from this IP address (${rate}). ${retry}`;
  }
}

/** The 429 for a refused request; the details name the limit that was hit. */
export function rateLimitError(decision: RateLimitDecision): AppError {
  const hit = decision.refusedBy ?? decision.pool ?? decision.ip;
  return new AppError('rate_limited', explain(hit, decision.retryAfterSeconds), [
    { reason: hit.name },
  ]);
}
