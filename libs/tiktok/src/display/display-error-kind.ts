import { kindFromStatus } from '../errors/kind-from-status.js';
import type { TikTokErrorKind } from '../errors/tiktok-error.js';

const KIND_OF_CODE: Record<string, TikTokErrorKind> = {
  access_token_invalid: 'access_token_invalid',
  // TikTok may answer either one for a field outside the granted scopes; both mean "reconnect with it".
  scope_not_authorized: 'scope_not_authorized',
  scope_permission_missed: 'scope_not_authorized',
  rate_limit_exceeded: 'rate_limited',
  internal_error: 'upstream_unavailable',
  invalid_params: 'invalid_request',
};

/** The kind of a Display API `error.code`; an unknown code falls back on the HTTP status. */
export function displayErrorKind(code: string, status: number): TikTokErrorKind {
  const known = KIND_OF_CODE[code];
  if (known) return known;
  const fromStatus = kindFromStatus(status, 'display');
  return fromStatus === 'invalid_response' ? 'invalid_request' : fromStatus;
}
