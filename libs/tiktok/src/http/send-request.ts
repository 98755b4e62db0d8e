import { TikTokError } from '../errors/tiktok-error.js';

export type FetchFunction = typeof fetch;

/** An HTTP answer read to the end, before anyone has judged it. */
export interface RawAnswer {
  status: number;
  headers: Headers;
  body: string;
}

export interface OutgoingRequest {
  endpoint: string;
  url: string;
  init: RequestInit;
  timeoutMs: number;
}

/**
 * Sends one request and reads the whole body within `timeoutMs`. Network
 * failures and timeouts become `upstream_unavailable`; every HTTP answer,
 * whatever its status, is returned for the caller to judge.
 */
export async function sendRequest(
  fetchFunction: FetchFunction,
  request: OutgoingRequest,
): Promise<RawAnswer> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  // Raced as well as passed as a signal, so that a fetch that ignores the signal cannot hang us.
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new TikTokError({
        kind: 'upstream_unavailable',
        endpoint: request.endpoint,
        message: `no answer within ${request.timeoutMs} ms`,
      });
      controller.abort(error);
      reject(error);
    }, request.timeoutMs);
  });
  try {
    return await Promise.race([exchange(fetchFunction, request, controller.signal), timedOut]);
  } catch (error) {
    if (error instanceof TikTokError) throw error;
    throw new TikTokError({
      kind: 'upstream_unavailable',
      endpoint: request.endpoint,
      message: `network error: ${describe(error)}`,
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}

async function exchange(
  fetchFunction: FetchFunction,
  request: OutgoingRequest,
  signal: AbortSignal,
): Promise<RawAnswer> {
  const response = await fetchFunction(request.url, { ...request.init, signal });
  const body = await response.text();
  return { status: response.status, headers: response.headers, body };
}

/** Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ...) is in its cause. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}
