import { TallyError } from '../errors/tally-error.js';
import type { FetchFunction, OutgoingRequest } from './outgoing-request.js';

/** Statuses whose answers have no body (the Response constructor refuses one). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * Sends the request once. The timeout covers the whole exchange, body
 * included: the answer is read into memory before it is returned, so that a
 * body that stalls fails like an answer that never came.
 */
export async function attempt(
  fetch: FetchFunction,
  request: OutgoingRequest,
  timeoutMs: number | undefined,
): Promise<Response> {
  const { signal } = request;
  if (signal?.aborted) throw signal.reason;
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });
  let timedOut = false;
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs);
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: controller.signal,
      redirect: 'follow',
    });
    const body = await response.arrayBuffer();
    return new Response(NULL_BODY_STATUSES.has(response.status) ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  } catch (error) {
    if (!timedOut) throw error;
    throw new TallyError({
      status: 0,
      code: 'timeout',
      message: `${request.method} ${request.url} had no complete answer within ${timeoutMs} ms`,
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}
