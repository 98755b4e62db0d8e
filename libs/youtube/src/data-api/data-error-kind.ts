import type { PlatformErrorKind } from '@tally/platform-kit';
import { kindFromStatus } from '../errors/kind-from-status.js';

const KIND_OF_REASON: Record<string, PlatformErrorKind> = {
  quotaExceeded: 'quota_exhausted',
  dailyLimitExceeded: 'quota_exhausted',
  rateLimitExceeded: 'rate_limited',
  userRateLimitExceeded: 'rate_limited',
  authError: 'access_token_invalid',
  invalidCredentials: 'access_token_invalid',
  expired: 'access_token_invalid',
  insufficientPermissions: 'scope_not_authorized',
  forbidden: 'scope_not_authorized',
  channelNotFound: 'not_found',
  playlistNotFound: 'not_found',
  videoNotFound: 'not_found',
  notFound: 'not_found',
  // The server key is wrong, or the project has not enabled the API: an operator's fix.
  keyInvalid: 'invalid_client',
  keyExpired: 'invalid_client',
  accessNotConfigured: 'invalid_client',
  backendError: 'upstream_unavailable',
  internalError: 'upstream_unavailable',
};

/**
 * The kind of a Data API error from its first `errors[].reason`; an unknown
 * reason falls back on the HTTP status.
 */
export function dataErrorKind(reason: string | undefined, status: number): PlatformErrorKind {
  const known = reason === undefined ? undefined : KIND_OF_REASON[reason];
  if (known) return known;
  const fromStatus = kindFromStatus(status, 'data');
  return fromStatus === 'invalid_response' ? 'invalid_request' : fromStatus;
}
