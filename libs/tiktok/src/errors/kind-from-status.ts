import type { TikTokErrorKind } from './tiktok-error.js';

/**
 * The kind an HTTP status alone implies, for answers whose body says nothing
 * usable (an HTML error page from a proxy, an empty body, an unknown code).
 */
export function kindFromStatus(status: number, api: 'oauth' | 'display'): TikTokErrorKind {
  if (status === 429) return 'rate_limited';
  if (status >= 500 || status === 408) return 'upstream_unavailable';
  if (status === 401) return api === 'oauth' ? 'invalid_client' : 'access_token_invalid';
  if (status === 403) return api === 'oauth' ? 'invalid_client' : 'scope_not_authorized';
  if (status >= 400) return 'invalid_request';
  return 'invalid_response';
}
