import type { PlatformErrorKind } from '@tally/platform-kit';
import type { EndpointRole } from './endpoint-role.js';

/**
 * The kind an HTTP status alone implies, for answers whose body says nothing
 * usable (an HTML page from a proxy, an empty body, an unknown code).
 */
export function kindFromStatus(status: number, role: EndpointRole): PlatformErrorKind {
  if (status === 429) return 'rate_limited';
  if (status >= 500 || status === 408) return 'upstream_unavailable';
  if (status === 401) return role === 'graph' ? 'access_token_invalid' : 'invalid_grant';
  if (status === 403) return 'scope_not_authorized';
  if (status === 404) return 'not_found';
  if (status >= 400) return 'invalid_request';
  return 'invalid_response';
}
