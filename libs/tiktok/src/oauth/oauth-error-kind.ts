import { kindFromStatus } from '../errors/kind-from-status.js';
import type { TikTokErrorKind } from '../errors/tiktok-error.js';

const KIND_OF_OAUTH_ERROR: Record<string, TikTokErrorKind> = {
  invalid_grant: 'invalid_grant',
  access_denied: 'invalid_grant',
  invalid_client: 'invalid_client',
  unauthorized_client: 'invalid_client',
  invalid_scope: 'scope_not_authorized',
  invalid_request: 'invalid_request',
  unsupported_grant_type: 'invalid_request',
  unsupported_response_type: 'invalid_request',
  server_error: 'upstream_unavailable',
  temporarily_unavailable: 'upstream_unavailable',
};

/** The kind of an OAuth `error` value; an unknown one falls back on the HTTP status. */
export function oauthErrorKind(error: string, status: number): TikTokErrorKind {
  const known = KIND_OF_OAUTH_ERROR[error];
  if (known) return known;
  const fromStatus = kindFromStatus(status, 'oauth');
  return fromStatus === 'invalid_response' ? 'invalid_request' : fromStatus;
}
