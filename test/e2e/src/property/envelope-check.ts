import { ErrorStatus, isErrorCode } from '@tally/contracts';
import { headerOf, RawRequest, RawResponse } from './http-client.js';

/** Text that only shows up when internals leak: stack frames, driver and runtime error names, paths. */
export const LEAK_PATTERNS: readonly RegExp[] = [
  /\bat \//,
  /\n\s+at /,
  /\bat (?:async )?[\w$.<>]+ \(/,
  /node_modules/,
  /\/work\//,
  /\.(?:ts|js|cjs|mjs):\d+:\d+/,
  /QueryFailedError/,
  /EntityNotFound/,
  /TypeError/,
  /ReferenceError/,
  /RangeError/,
  /SyntaxError/,
  /Maximum call stack/,
  /Cannot read propert/,
  /is not a function/,
  /invalid input syntax/,
  /duplicate key value/,
  /violates .* constraint/,
  /relation "/,
  /FST_ERR_/,
  /ECONNREFUSED/,
];

/** Same as the gateway's rule for accepting a caller's X-Request-Id. */
export const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface EnvelopeBody {
  success: boolean;
  data?: unknown;
  error?: { code: string; message: string; details: unknown[]; requestId: string };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters in all)`;
}

/** The request (and the response, when there is one) as a failure report shows them. */
export function describeExchange(request: RawRequest, response?: RawResponse): string {
  const body =
    request.body === undefined
      ? '(none)'
      : Buffer.isBuffer(request.body)
        ? `bytes ${shorten(request.body.toString('hex'), 400)}`
        : shorten(JSON.stringify(request.body), 400);
  const lines = [
    `request: ${request.method} ${shorten(request.path, 400)}`,
    `request headers: ${shorten(JSON.stringify(request.headers ?? {}), 1500)}`,
    `request body: ${body}`,
  ];
  if (response) {
    const { date: _date, ...headers } = response.headers;
    lines.push(
      `response: ${response.status} ${JSON.stringify(headers)}`,
      `response body: ${shorten(JSON.stringify(response.text), 600)}`,
    );
  }
  return lines.join('\n');
}

/**
 * Everything the public API promises about any response, whatever was sent:
 * - a 2xx or a 4xx (never a 5xx: bad input is the caller's fault, and NATS is up);
 * - X-Request-Id on the response, the caller's own when it was a sane one;
 * - the JSON envelope: `success`, and on errors `code` (a known one, agreeing
 *   with the status), `message`, `details` (an array) and `requestId` (= the header);
 * - RFC 6750 challenge on 401 and Retry-After on 429;
 * - no stack trace, file path or internal error name.
 * HEAD answers and 204s carry no body; only their status and headers are checked.
 * Returns the problems found (empty when the response is fine).
 */
export function envelopeProblems(request: RawRequest, response: RawResponse): string[] {
  const problems: string[] = [];
  const { status } = response;
  if (!((status >= 200 && status < 300) || (status >= 400 && status < 500)))
    problems.push(`status ${status} is neither 2xx nor 4xx`);
  problems.push(...headerAndLeakProblems(request, response));
  const bodyless = request.method.toUpperCase() === 'HEAD' || status === 204;
  if (!bodyless) problems.push(...jsonEnvelopeProblems(response));
  return problems.length === 0 ? [] : [...problems, describeExchange(request, response)];
}

/**
 * What every answer of the gateway promises, whatever its body: X-Request-Id
 * (the caller's own when it was a sane one), the RFC 6750 challenge on 401,
 * Retry-After on 429, and no stack trace, file path or internal error name.
 */
export function headerAndLeakProblems(request: RawRequest, response: RawResponse): string[] {
  const problems: string[] = [];
  const { status } = response;
  const requestId = headerOf(response, 'x-request-id');
  if (!requestId) problems.push('no X-Request-Id header on the response');
  const sentId = request.headers?.['x-request-id'];
  if (typeof sentId === 'string' && SANE_REQUEST_ID.test(sentId) && requestId !== sentId)
    problems.push(`X-Request-Id ${requestId} is not the caller's ${sentId}`);
  if (status === 401 && !/^Bearer /.test(headerOf(response, 'www-authenticate') ?? ''))
    problems.push('401 without a WWW-Authenticate: Bearer challenge');
  if (status === 429 && !/^\d+$/.test(headerOf(response, 'retry-after') ?? ''))
    problems.push('429 without Retry-After');
  for (const pattern of LEAK_PATTERNS)
    if (pattern.test(response.text)) problems.push(`the body leaks internals (${pattern})`);
  return problems;
}

/** A body in the envelope: JSON, `success`, and on errors a known code agreeing with the status. */
export function jsonEnvelopeProblems(response: RawResponse): string[] {
  const problems: string[] = [];
  if (!/^application\/json\b/.test(headerOf(response, 'content-type') ?? ''))
    problems.push(`content-type ${headerOf(response, 'content-type')} is not JSON`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(response.text);
  } catch {
    problems.push('the body is not JSON');
  }
  if (parsed !== undefined)
    problems.push(...shapeProblems(parsed, response.status, headerOf(response, 'x-request-id')));
  return problems;
}

function shapeProblems(parsed: unknown, status: number, requestId: string | undefined): string[] {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return ['the body is not a JSON object'];
  const body = parsed as Record<string, unknown>;
  if (typeof body.success !== 'boolean') return ['the body has no boolean `success`'];
  if (status < 400) {
    if (body.success !== true) return [`a ${status} with success: ${String(body.success)}`];
    return 'data' in body ? [] : ['a success without `data`'];
  }
  const problems: string[] = [];
  if (body.success !== false) problems.push(`a ${status} with success: true`);
  const error = body.error as Record<string, unknown> | undefined;
  if (typeof error !== 'object' || error === null) return [...problems, 'no `error` object'];
  if (typeof error.code !== 'string') problems.push('error.code is not a string');
  else if (!isErrorCode(error.code)) problems.push(`error.code ${error.code} is not a known code`);
  else if (ErrorStatus[error.code] !== status)
    problems.push(`error.code ${error.code} does not go with status ${status}`);
  if (typeof error.message !== 'string') problems.push('error.message is not a string');
  if (!Array.isArray(error.details)) problems.push('error.details is not an array');
  if (error.requestId !== requestId)
    problems.push(`error.requestId ${String(error.requestId)} differs from X-Request-Id`);
  return problems;
}

/** Throws with the whole exchange when the response breaks the API's promises. */
export function assertWellFormed(request: RawRequest, response: RawResponse): void {
  const problems = envelopeProblems(request, response);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
