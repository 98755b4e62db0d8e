import { AppError, isErrorPayload } from '@tally/contracts';
import { TimeoutError } from 'rxjs';
import type { NatsRequestOutcome } from '../metrics/nats-metrics.js';

/**
 * How a request that failed with `failure` ended, for the metrics: an answer
 * of the service is `error`; no answer in time is `timeout`; no service or no
 * bus is `unavailable`; what toAppError could not place (`unexpected`) is `error`.
 */
export function failedRequestOutcome(failure: unknown, unexpected: boolean): NatsRequestOutcome {
  if (failure instanceof AppError || isErrorPayload(failure)) return 'error';
  if (failure instanceof TimeoutError) return 'timeout';
  return unexpected ? 'error' : 'unavailable';
}
