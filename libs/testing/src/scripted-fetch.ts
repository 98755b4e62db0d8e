/** An HTTP answer as a platform gave it (or would), for a client's tests. */
export interface RecordedAnswer {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

/** What the client sent, as the server would have read it. */
export interface SentRequest {
  url: URL;
  method: string;
  headers: Headers;
  body: string;
}

export type ScriptedStep =
  | RecordedAnswer
  | { networkError: string; cause?: string }
  | 'hang'
  | ((request: SentRequest) => RecordedAnswer);

/**
 * A fetch that plays the given answers in order and remembers every request.
 * 'hang' never answers (until the client aborts), to test timeouts; a
 * function answers from the request, for calls made in parallel.
 */
export function scriptedFetch(...steps: ScriptedStep[]) {
  const sent: SentRequest[] = [];
  const fetchFunction = async (input: string | URL | Request, init?: RequestInit) => {
    const request: SentRequest = {
      url: new URL(String(input)),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : '',
    };
    sent.push(request);
    const step = steps.shift();
    if (step === undefined) throw new Error('scriptedFetch: no answer left for this request');
    if (step === 'hang') return hangUntilAborted(init?.signal);
    if ('networkError' in step) {
      throw new TypeError(step.networkError, {
        cause: step.cause === undefined ? undefined : new Error(step.cause),
      });
    }
    const answer = typeof step === 'function' ? step(request) : step;
    return new Response(answer.body === '' ? null : answer.body, {
      status: answer.status,
      headers: answer.headers,
    });
  };
  return { fetch: fetchFunction as typeof fetch, sent };
}

function hangUntilAborted(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason));
  });
}
