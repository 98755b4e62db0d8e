import type { UsageOutcome } from '@tally/contracts';

/**
 * What became of a request, from its final status. Only a 429 that the
 * gateway's own rate limiter answered is a refusal; any other status from 400
 * up (a 429 passed on from elsewhere included) is a failure.
 */
export function outcomeOf(statusCode: number, refusedByRateLimit: boolean): UsageOutcome {
  if (statusCode < 400) return 'succeeded';
  return statusCode === 429 && refusedByRateLimit ? 'refused' : 'failed';
}
