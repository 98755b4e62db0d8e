import type { PlatformErrorKind } from '@tally/platform-kit';
import type { EndpointRole } from './endpoint-role.js';
import type { InstagramErrorBody } from './error-body.js';
import { kindFromStatus } from './kind-from-status.js';

// Meta's wording, in either error shape, for a wrong app id or secret.
const WRONG_APP_CREDENTIALS =
  /invalid client_secret|client secret|invalid platform app|invalid client_id|invalid application id|error validating application/i;
// A code that is unknown, used or expired. A redirect_uri mismatch ("Error validating
// verification code. Please make sure your redirect_uri is identical...") is ours to fix.
const DEAD_CODE =
  /matching code was not found|already (been )?used|code has expired|invalid (authorization|verification) code|invalid code/i;
const REDIRECT_URI_MISMATCH = /redirect_uri/i;

const APP_NOT_VALID = 101;
const ACCESS_TOKEN_INVALID = 190;
const SESSION_INVALID = 102;
/** Subcodes of 100 for a code that expired (36007) or was used (36009). */
const DEAD_CODE_SUBCODES = new Set([36007, 36009]);
const OBJECT_DOES_NOT_EXIST_SUBCODE = 33;

/**
 * - 4 (app), 17 (user), 32, 613 (throttling), 80002 (Instagram's business use
 *   case limit): rate limited.
 * - 368 "temporarily blocked for policy violations" is also read as rate
 *   limited: it lifts by itself after a while and only waiting helps, which is
 *   what rate_limited tells the workers; it is not a bug in our request.
 * - 1 (unknown, "possibly temporary") and 2 (service unavailable): upstream.
 */
const KIND_OF_GRAPH_CODE: Record<number, PlatformErrorKind> = {
  1: 'upstream_unavailable',
  2: 'upstream_unavailable',
  4: 'rate_limited',
  10: 'scope_not_authorized',
  17: 'rate_limited',
  32: 'rate_limited',
  100: 'invalid_request',
  368: 'rate_limited',
  613: 'rate_limited',
  80002: 'rate_limited',
};

/** The PlatformError kind of an Instagram error body, in either shape, for a call made as `role`. */
export function instagramErrorKind(
  error: InstagramErrorBody,
  status: number,
  role: EndpointRole,
): PlatformErrorKind {
  const { code, subcode, message } = error;
  if (code === APP_NOT_VALID || WRONG_APP_CREDENTIALS.test(message)) return 'invalid_client';
  if (role !== 'graph') {
    if (REDIRECT_URI_MISMATCH.test(message)) return 'invalid_request';
    if (DEAD_CODE.test(message) || (subcode !== undefined && DEAD_CODE_SUBCODES.has(subcode))) {
      return 'invalid_grant';
    }
  }
  if (code === ACCESS_TOKEN_INVALID || code === SESSION_INVALID) {
    return role === 'graph' ? 'access_token_invalid' : 'invalid_grant';
  }
  const known = graphCodeKind(error);
  // Throttling answers say is_transient too: waiting is what they ask for, not a retry at once.
  if (known === 'rate_limited') return known;
  if (error.isTransient === true) return 'upstream_unavailable';
  if (code === 100 && subcode === OBJECT_DOES_NOT_EXIST_SUBCODE) return 'not_found';
  // A 429 or 5xx wins over a generic "invalid parameter": the request was fine, Instagram could not take it now.
  if (known === 'invalid_request' && (status === 429 || status >= 500)) {
    return kindFromStatus(status, role);
  }
  if (known) return known;
  const fromStatus = kindFromStatus(status, role);
  return fromStatus === 'invalid_response' ? 'invalid_request' : fromStatus;
}

/** The kind of a Graph error code; the OAuth shape's `code` is an HTTP status, not one of these. */
function graphCodeKind({ shape, code }: InstagramErrorBody): PlatformErrorKind | undefined {
  if (code === undefined || (shape === 'oauth' && code >= 200 && code <= 599)) return undefined;
  if (code >= 200 && code <= 299) return 'scope_not_authorized';
  return KIND_OF_GRAPH_CODE[code];
}
