import type { AuthorizationRequest } from '@tally/platform-kit';
import { INSTAGRAM_ENDPOINTS } from '../client/instagram-endpoints.js';
import { endpointUrl } from '../http/endpoint-url.js';
import { DEFAULT_INSTAGRAM_SCOPES } from '../scopes.js';

/**
 * The consent page URL with comma-separated scopes. Instagram documents no
 * PKCE for this flow, so a `codeChallenge` is not sent.
 */
export function buildAuthorizeUrl(
  authBaseUrl: string,
  appId: string,
  request: AuthorizationRequest,
): string {
  const query = new URLSearchParams({
    client_id: appId,
    redirect_uri: request.redirectUri,
    response_type: 'code',
    scope: (request.scopes ?? DEFAULT_INSTAGRAM_SCOPES).join(','),
    state: request.state,
  });
  return endpointUrl(authBaseUrl, INSTAGRAM_ENDPOINTS.authorize, query);
}
