import { TIKTOK_ENDPOINTS } from '../client/tiktok-endpoints.js';
import { endpointUrl } from '../http/endpoint-url.js';
import type { TikTokScope } from '../scopes.js';

export interface AuthorizeUrlRequest {
  /** Must equal, character for character, a redirect URI registered for the client. */
  redirectUri: string;
  /** The single-use CSRF token TikTok echoes back to the redirect URI. */
  state: string;
  scopes: readonly TikTokScope[];
  /** Always show the consent page, so that a creator can switch TikTok accounts. */
  disableAutoAuth?: boolean;
  /** Only with PKCE (desktop/mobile); see createPkcePair. */
  codeChallenge?: string;
}

/** The consent page URL: `client_key` (not `client_id`), comma-separated scopes. */
export function buildAuthorizeUrl(
  authBaseUrl: string,
  clientKey: string,
  request: AuthorizeUrlRequest,
): string {
  const query = new URLSearchParams({
    client_key: clientKey,
    scope: request.scopes.join(','),
    response_type: 'code',
    redirect_uri: request.redirectUri,
    state: request.state,
  });
  if (request.disableAutoAuth) query.set('disable_auto_auth', '1');
  if (request.codeChallenge) {
    query.set('code_challenge', request.codeChallenge);
    query.set('code_challenge_method', 'S256');
  }
  return endpointUrl(authBaseUrl, TIKTOK_ENDPOINTS.authorize, query.toString());
}
