import { TallyError } from '../errors/tally-error.js';
import { attempt } from './attempt.js';
import { MAX_RETRY_AFTER_MS, retryDelayMs } from './backoff.js';
import type { Clock } from './clock.js';
import type { FetchFunction, OutgoingRequest } from './outgoing-request.js';
import { parseRetryAfter } from './retry-after.js';
import { isIdempotent, isRetryableStatus } from './retry-policy.js';

/** Told before each retry: what failed and how long the client waits. */
export interface RetryEvent {
  method: string;
  url: string;
  /** 1 before the first retry. */
  retry: number;
  delayMs: number;
  /** The status that is retried (429 or 503); undefined after a network error or a timeout. */
  status?: number;
  error?: TallyError;
}

export interface RetrySettings {
  maxRetries: number;
  timeoutMs: number | undefined;
  /** Retry requests that are not idempotent (POST, PATCH) too. */
  retryAll: boolean;
  onRetry: ((event: RetryEvent) => void) | undefined;
}

/** A failure with no answer, as the caller sees it once the retries are spent. */
function connectionError(error: unknown, request: OutgoingRequest): TallyError {
  if (error instanceof TallyError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new TallyError({
    status: 0,
    code: 'network_error',
    message: `${request.method} ${request.url} failed: ${reason}`,
    cause: error,
  });
}

/**
 * Sends a request, and again after a 429 or 503 (honouring `Retry-After`), a
 * network error or a timeout, at most `maxRetries` more times; only idempotent
 * requests unless `retryAll`. The last answer is returned whatever its status.
 */
export async function sendWithRetries(
  fetch: FetchFunction,
  request: OutgoingRequest,
  settings: RetrySettings,
  clock: Clock,
): Promise<Response> {
  const retriable = settings.retryAll || isIdempotent(request.method);
  for (let retry = 0; ; retry += 1) {
    const mayRetry = retriable && retry < settings.maxRetries;
    let event: RetryEvent;
    try {
      const response = await attempt(fetch, request, settings.timeoutMs);
      if (!mayRetry || !isRetryableStatus(response.status)) return response;
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), clock.now());
      if (retryAfterMs !== undefined && retryAfterMs > MAX_RETRY_AFTER_MS) return response;
      event = {
        method: request.method,
        url: request.url,
        retry: retry + 1,
        delayMs: retryDelayMs({ retry, retryAfterMs, random: clock.random() }),
        status: response.status,
      };
    } catch (error) {
      if (request.signal?.aborted) throw error;
      const failure = connectionError(error, request);
      if (!mayRetry) throw failure;
      event = {
        method: request.method,
        url: request.url,
        retry: retry + 1,
        delayMs: retryDelayMs({ retry, random: clock.random() }),
        error: failure,
      };
    }
    settings.onRetry?.(event);
    await clock.sleep(event.delayMs, request.signal);
  }
}
