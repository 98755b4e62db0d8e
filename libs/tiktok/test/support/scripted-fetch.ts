import type { RecordedAnswer } from '../fixtures/recorded-answers.js';

/** What the client sent, as the server would have read it. */
export interface SentRequest {
  url: URL;
  method: string;
  headers: Headers;
  body: string;
}

export type ScriptedStep = RecordedAnswer | { networkError: string } | 'hang';

/**
 * A fetch that plays the given answers in order and remembers every request.
 * 'hang' never answers (until the client aborts), to test timeouts.
 */
export function scriptedFetch(...steps: ScriptedStep[]) {
  const sent: SentRequest[] = [];
  const fetchFunction = async (input: string | URL | Request, init?: RequestInit) => {
    sent.push({
      url: new URL(String(input)),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : '',
    });
    const step = steps.shift();
    if (step === undefined) throw new Error('scriptedFetch: no answer left for this request');
    if (step === 'hang') return hangUntilAborted(init?.signal);
    if ('networkError' in step) throw new TypeError(step.networkError);
    return new Response(step.body === '' ? null : step.body, {
      status: step.status,
      headers: step.headers,
    });
  };
  return { fetch: fetchFunction as typeof fetch, sent };
}

function hangUntilAborted(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason));
  });
}
