// A stand-in for the gateway in component tests: `fetch` answers from a table
// of routes with the API's envelopes, and every request is kept for checks.
import { vi, type Mock } from 'vitest';
import type { ErrorDetail } from '../api/api-error';

export interface Reply {
  status?: number;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is, instead of `body`. */
  text?: string;
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  method: string;
  /** Path and query, as the dashboard asked for them. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
}

export type Handler = (request: RecordedRequest) => Reply | Promise<Reply>;

/** The success envelope around `data`. */
export function ok(data: unknown, status = 200): Reply {
  return { status, body: { success: true, data } };
}

/** The error envelope, as the gateway writes it. */
export function fail(
  status: number,
  code: string,
  message = `${code} (test)`,
  extra: { details?: ErrorDetail[]; requestId?: string; headers?: Record<string, string> } = {},
): Reply {
  return {
    status,
    headers: extra.headers,
    body: {
      success: false,
      error: { code, message, details: extra.details, requestId: extra.requestId },
    },
  };
}

export function toResponse(reply: Reply): Response {
  const text = reply.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
  return new Response(text, {
    status: reply.status ?? 200,
    headers: { 'content-type': 'application/json', ...reply.headers },
  });
}

function headersOf(init: RequestInit | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, key) => {
    headers[key] = value;
  });
  return headers;
}

export interface FakeApi {
  fetch: Mock<typeof fetch>;
  requests: RecordedRequest[];
  /** The requests to one route: `'POST /api/v1/keys'`. */
  calls: (route: string) => RecordedRequest[];
  /** Adds or replaces a route. */
  on: (route: string, handler: Handler | Reply) => void;
}

/**
 * Stubs `globalThis.fetch` with routes keyed `'METHOD /path'` (the query is not
 * part of the key). A request to no route is answered 404 `route_not_found`.
 * Undo with `vi.unstubAllGlobals()`.
 */
export function stubApi(routes: Record<string, Handler | Reply> = {}): FakeApi {
  const table = new Map(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn<typeof fetch>(async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const [path, search = ''] = url.split('?');
    const method = (init?.method ?? 'GET').toUpperCase();
    const request: RecordedRequest = {
      method,
      url,
      path,
      query: new URLSearchParams(search),
      headers: headersOf(init),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    const handler = table.get(`${method} ${path}`);
    if (!handler) return toResponse(fail(404, 'route_not_found', `No route ${method} ${path}`));
    return toResponse(typeof handler === 'function' ? await handler(request) : handler);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetch: fetchMock,
    requests,
    calls: (route) => requests.filter((request) => `${request.method} ${request.path}` === route),
    on: (route, handler) => {
      table.set(route, handler);
    },
  };
}

/** A promise settled from outside, for answers that arrive when the test says so. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}
