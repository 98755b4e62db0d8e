import type { PlatformErrorKind } from '@tally/platform-kit';
import { kindFromStatus } from '../errors/kind-from-status.js';

const KIND_OF_OAUTH_ERROR: Record<string, PlatformErrorKind> = {
  invalid_grant: 'invalid_grant',
  access_denied: 'invalid_grant',
  // The revocation endpoint's answer for a token Google no longer knows.
  invalid_token: 'invalid_grant',
  invalid_client: 'invalid_client',
  unauthorized_client: 'invalid_client',
  deleted_client: 'invalid_client',
  invalid_scope: 'scope_not_authorized',
  invalid_request: 'invalid_request',
  unsupported_grant_type: 'invalid_request',
  unsupported_response_type: 'invalid_request',
  server_error: 'upstream_unavailable',
  temporarily_unavailable: 'upstream_unavailable',
};

/**
 * The kind of a Google OAuth `error` value; an unknown one falls back on the
 * HTTP status. A 429 or 5xx wins over a generic `invalid_request` body: the
 * request was fine, Google could not take it now.
 */
export function oauthErrorKind(error: string, status: number): PlatformErrorKind {
  const known = KIND_OF_OAUTH_ERROR[error];
  if (known === 'invalid_request' && (status === 429 || status >= 500)) {
    return kindFromStatus(status, 'oauth');
  }
  if (known) return known;
  const fromStatus = kindFromStatus(status, 'oauth');
  return fromStatus === 'invalid_response' ? 'invalid_request' : fromStatus;
}
