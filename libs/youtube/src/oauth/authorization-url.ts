import type { AuthorizationRequest } from '@tally/platform-kit';
import { YOUTUBE_ENDPOINTS } from '../client/youtube-endpoints.js';
import { endpointUrl } from '../http/endpoint-url.js';
import { DEFAULT_YOUTUBE_SCOPES } from './scopes.js';

/**
 * Google's consent page for the web-server flow. `access_type=offline` gets a
 * refresh token; `prompt=consent` gets one again when the creator reconnects
 * (Google otherwise sends it on the first consent only).
 */
export function buildAuthorizationUrl(
  authBaseUrl: string,
  clientId: string,
  request: AuthorizationRequest,
): string {
  const query = new URLSearchParams({
    client_id: clientId,
    redirect_uri: request.redirectUri,
    response_type: 'code',
    scope: (request.scopes ?? DEFAULT_YOUTUBE_SCOPES).join(' '),
    access_type: 'offline',
    include_granted_scopes: 'true',
    prompt: 'consent',
    state: request.state,
  });
  if (request.codeChallenge) {
    query.set('code_challenge', request.codeChallenge);
    query.set('code_challenge_method', 'S256');
  }
  return endpointUrl(authBaseUrl, YOUTUBE_ENDPOINTS.authorize, query);
}
