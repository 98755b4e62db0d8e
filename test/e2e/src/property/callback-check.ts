import { PLATFORMS, platformSlug } from '@tally/contracts';
import { describeExchange, headerAndLeakProblems, jsonEnvelopeProblems } from './envelope-check.js';
import { headerOf, RawRequest, RawResponse } from './http-client.js';
import type { ServedRoute } from './routes.js';

/** The routes each platform sends creators' browsers back to: they answer pages, not the envelope. */
export const CONNECT_CALLBACKS: readonly string[] = PLATFORMS.map(
  (platform) => `/api/v1/connect/${platformSlug(platform)}/callback`,
);

export const isConnectCallback = (route: Pick<ServedRoute, 'path'>) =>
  CONNECT_CALLBACKS.includes(route.path);

/**
 * The callback's pages: 200 connected, 400 the request's fault (state unknown,
 * used or expired, unreadable parameters, access denied), 502 the platform failed,
 * 503 a Tally service is down, 504 Tally was too slow. 302 goes to the
 * customer's redirectUrl. Never a 500: nothing a browser sends is a bug.
 */
const PAGE_STATUSES = new Set([200, 400, 502, 503, 504]);

function hasBody(request: RawRequest): boolean {
  return request.body !== undefined && request.body.length > 0;
}

/**
 * What `GET /api/v1/connect/{platform}/callback` promises whatever it is sent:
 * - an HTML page (`text/html`) with a status the gateway defines for it, never
 *   cached, whose script tells a popup opener the outcome; or a 302 with a
 *   Location; a HEAD gets 200 and no state is used up;
 * - requests the gateway refuses before the route runs are answered in the
 *   API's JSON envelope with a 4xx: a body that is not JSON (415), is
 *   unreadable (400) or too large (413), or a rate limit (429);
 * - X-Request-Id, Retry-After on 429, no stack trace or internal error name.
 * Returns the problems found (empty when the response is fine).
 */
export function callbackProblems(request: RawRequest, response: RawResponse): string[] {
  const problems = headerAndLeakProblems(request, response);
  const { status } = response;
  const type = headerOf(response, 'content-type') ?? '';
  const head = request.method.toUpperCase() === 'HEAD';
  if (/^application\/json\b/.test(type)) {
    if (status < 400 || status >= 500) problems.push(`a JSON answer with status ${status}`);
    else if (status !== 429 && !hasBody(request))
      problems.push(
        `a ${status} in JSON to a request without a body: the route should answer a page`,
      );
    if (!head) problems.push(...jsonEnvelopeProblems(response));
  } else if (status === 302) {
    if (!headerOf(response, 'location')) problems.push('a 302 without Location');
  } else if (head) {
    if (status !== 200) problems.push(`HEAD answered ${status}, not 200`);
  } else {
    if (!PAGE_STATUSES.has(status))
      problems.push(
        `status ${status} is not one of the callback's pages (200, 400, 502, 503, 504)`,
      );
    if (!/^text\/html\b/.test(type)) problems.push(`content-type ${type} is not text/html`);
    if (headerOf(response, 'cache-control') !== 'no-store')
      problems.push('the page may be cached (no Cache-Control: no-store)');
    if (!/^<!doctype html>/i.test(response.text)) problems.push('the body is not an HTML page');
    if (!response.text.includes('"type":"tally:connect"'))
      problems.push('the page does not tell the popup opener the outcome');
  }
  return problems.length === 0 ? [] : [...problems, describeExchange(request, response)];
}

/** Throws with the whole exchange when the callback's answer breaks its promises. */
export function assertCallbackAnswer(request: RawRequest, response: RawResponse): void {
  const problems = callbackProblems(request, response);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
