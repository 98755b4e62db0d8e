/** A request the fake fetch received. */
export interface SeenRequest {
  url: URL;
  method: string;
  headers: Headers;
  body: string | undefined;
}

type Answer = Response | Error | ((request: SeenRequest) => Response | Promise<Response>);

/** A JSON answer, as the API sends it. */
export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

export const ok = (data: unknown, status = 200) => json(status, { success: true, data });

export function apiError(
  status: number,
  code: string,
  headers: Record<string, string> = {},
): Response {
  return json(
    status,
    {
      success: false,
      error: { code, message: `${code} happened`, details: [], requestId: `req-${status}` },
    },
    headers,
  );
}

/**
 * A fetch that answers from a script, in order, and keeps every request it
 * received. An answer may be a Response, an Error to throw, or a function of
 * the request.
 */
export function scriptedFetch(...answers: Answer[]) {
  const requests: SeenRequest[] = [];
  const fetch = async (input: string, init: RequestInit): Promise<Response> => {
    const request: SeenRequest = {
      url: new URL(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body:
        init.body === null || init.body === undefined
          ? undefined
          : typeof init.body === 'string'
            ? init.body
            : new TextDecoder().decode(init.body as ArrayBuffer),
    };
    requests.push(request);
    const answer = answers.shift();
    if (answer === undefined) throw new Error(`no answer scripted for ${request.method} ${input}`);
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? answer(request) : answer;
  };
  return { fetch, requests };
}
