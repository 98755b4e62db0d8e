import { type ExchangeSink, MAX_OBSERVED_BODY_BYTES, type RequestFacts } from './exchange-sink.js';

/** Statuses whose Response may not have a body (Fetch standard, "null body status"). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** Reads a body to text on the side; undefined when it was cancelled, cut off or too big. */
function readText(body: ReadableStream<Uint8Array>): {
  text: Promise<string | undefined>;
  cancel(): void;
} {
  const reader = body.getReader();
  let cancelled = false;
  const cancel = () => {
    cancelled = true;
    reader.cancel().catch(() => undefined);
  };
  const read = async () => {
    const decoder = new TextDecoder();
    let text = '';
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (cancelled) return undefined;
      if (done) return text + decoder.decode();
      bytes += value.byteLength;
      if (bytes > MAX_OBSERVED_BODY_BYTES) {
        cancel();
        return undefined;
      }
      text += decoder.decode(value, { stream: true });
    }
  };
  // An aborted or failed body: nothing complete to check.
  return { text: read().catch(() => undefined), cancel };
}

/**
 * The caller's response, with one branch of the body while the observer reads
 * the other. Not `response.clone()`: when the caller aborts mid-body, fetch
 * cancels the body it holds, and after a clone that is a branch still open, so
 * the caller would get "Body is unusable" instead of its AbortError.
 */
function twinOf(response: Response, body: ReadableStream<Uint8Array>): Response {
  const twin = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  Object.defineProperties(twin, {
    url: { value: response.url },
    redirected: { value: response.redirected },
    type: { value: response.type },
  });
  return twin;
}

function requestFacts(
  input: Parameters<typeof fetch>[0],
  init: RequestInit | undefined,
  response: Response,
): RequestFacts {
  const request = input instanceof Request ? input : undefined;
  const headers = new Headers(init?.headers ?? request?.headers);
  let method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
  // After a followed redirect the response is the last request's: fetch
  // turns a POST into a GET on 301, 302 and 303 (the gateway sends no 307/308).
  if (response.redirected && method !== 'HEAD') method = 'GET';
  const url = response.url || (request ? request.url : String(input));
  return { method, url, header: (name) => headers.get(name) ?? undefined };
}

/**
 * A fetch that behaves as `fetchImpl` and hands every exchange the sink wants
 * to it: the caller gets the whole body, streamed as it comes, while the
 * sink's copy is read on the side.
 */
export function observeFetch(fetchImpl: typeof fetch, sink: ExchangeSink): typeof fetch {
  return async function observedFetch(input, init) {
    const response = await fetchImpl(input, init);
    const request = requestFacts(input, init, response);
    const receive = sink.open(request);
    if (!receive) return response;
    const body = NULL_BODY_STATUSES.has(response.status) ? null : response.body;
    const [forCaller, forSink] = body ? body.tee() : [null, null];
    const { text, cancel } = forSink
      ? readText(forSink)
      : { text: Promise.resolve(''), cancel: () => undefined };
    const done = text.then((observed) => {
      if (observed === undefined) return;
      receive({
        method: request.method,
        url: request.url,
        status: response.status,
        contentType: response.headers.get('content-type'),
        body: observed,
      });
    });
    sink.track({ done, cancel });
    return forCaller ? twinOf(response, forCaller) : response;
  };
}
