export type FetchFunction = typeof fetch;

/** An HTTP answer read to the end, before anyone has judged it. */
export interface RawAnswer {
  status: number;
  headers: Headers;
  body: string;
}

export interface OutgoingRequest {
  url: string;
  init: RequestInit;
  timeoutMs: number;
}

/** The client's own error for a platform it could not reach: no answer in time, or none at all. */
export type UnreachableError = (message: string, cause?: unknown) => Error;

/**
 * Sends one request and reads the whole body within `timeoutMs`. Network
 * failures and timeouts become the client's `unreachable` error; every HTTP
 * answer, whatever its status, is returned for the caller to judge.
 */
export async function sendRequest(
  fetchFunction: FetchFunction,
  request: OutgoingRequest,
  unreachable: UnreachableError,
): Promise<RawAnswer> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let timeout: Error | undefined;
  // Raced as well as passed as a signal, so that a fetch that ignores the signal cannot hang us.
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timeout = unreachable(`no answer within ${request.timeoutMs} ms`);
      controller.abort(timeout);
      reject(timeout);
    }, request.timeoutMs);
  });
  try {
    return await Promise.race([exchange(fetchFunction, request, controller.signal), timedOut]);
  } catch (error) {
    if (timeout !== undefined) throw timeout;
    throw unreachable(`network error: ${describe(error)}`, error);
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
