import type { PlatformErrorKind } from '@tally/platform-kit';

/**
 * The kind an HTTP status alone implies, for answers whose body says nothing
 * usable (an HTML page from a proxy, an empty body, an unknown reason).
 */
export function kindFromStatus(status: number, api: 'oauth' | 'data'): PlatformErrorKind {
  if (status === 429) return 'rate_limited';
  if (status >= 500 || status === 408) return 'upstream_unavailable';
  if (status === 401) return api === 'oauth' ? 'invalid_client' : 'access_token_invalid';
  if (status === 403) return api === 'oauth' ? 'invalid_client' : 'scope_not_authorized';
  if (status === 404) return api === 'oauth' ? 'invalid_request' : 'not_found';
  if (status >= 400) return 'invalid_request';
  return 'invalid_response';
}

export function isSuccessStatus(status: number): boolean {
  return status >= 200 && status <= 299;
}
