import { GOOGLE_SCOPES, type YouTubeSettings } from '../config/platform-settings.js';

export interface GoogleAuthorizeRequest {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state?: string;
  offline: boolean;
  forcedConsent: boolean;
  codeChallenge?: string;
  codeChallengeMethod?: 'S256' | 'plain';
}

export type GoogleAuthorizeCheck =
  | { outcome: 'valid'; request: GoogleAuthorizeRequest }
  | { outcome: 'page_error'; status: number; title: string; detail: string };

/** Google shows "Error 400: <reason>" pages, never a redirect, for a malformed request. */
export function checkGoogleAuthorize(
  parameters: Record<string, string | undefined>,
  settings: YouTubeSettings,
): GoogleAuthorizeCheck {
  const fail = (reason: string, detail: string, status = 400): GoogleAuthorizeCheck => ({
    outcome: 'page_error',
    status,
    title: `Error ${status}: ${reason}`,
    detail,
  });
  const { client_id: clientId, redirect_uri: redirectUri } = parameters;
  if (!clientId) return fail('invalid_request', 'Missing required parameter: client_id');
  if (clientId !== settings.clientId) {
    return fail('invalid_client', 'The OAuth client was not found.', 401);
  }
  if (!redirectUri) return fail('invalid_request', 'Missing required parameter: redirect_uri');
  if (!settings.redirectUris.includes(redirectUri)) {
    return fail(
      'redirect_uri_mismatch',
      "You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy.",
    );
  }
  if (parameters.response_type !== 'code') {
    return fail(
      'unsupported_response_type',
      `Invalid response_type: ${parameters.response_type ?? ''}`,
    );
  }
  const scopes = (parameters.scope ?? '').split(/\s+/).filter((scope) => scope !== '');
  if (scopes.length === 0) return fail('invalid_request', 'Missing required parameter: scope');
  const known: readonly string[] = GOOGLE_SCOPES;
  const unknown = scopes.filter((scope) => !known.includes(scope));
  if (unknown.length > 0)
    return fail('invalid_scope', `Some requested scopes were invalid: ${unknown.join(' ')}`);
  const accessType = parameters.access_type ?? 'online';
  if (accessType !== 'online' && accessType !== 'offline') {
    return fail('invalid_request', `Invalid access_type: ${accessType}`);
  }
  const { code_challenge: codeChallenge, code_challenge_method: rawMethod } = parameters;
  if (rawMethod !== undefined && codeChallenge === undefined) {
    return fail('invalid_request', 'code_challenge_method was sent without code_challenge.');
  }
  // Without a method, Google takes the challenge as plain.
  const method = codeChallenge === undefined ? undefined : (rawMethod ?? 'plain');
  if (method !== undefined && method !== 'S256' && method !== 'plain') {
    return fail('invalid_request', `Invalid code_challenge_method: ${method}`);
  }
  return {
    outcome: 'valid',
    request: {
      clientId,
      redirectUri,
      scopes: [...new Set(scopes)],
      state: parameters.state,
      offline: accessType === 'offline',
      forcedConsent: (parameters.prompt ?? '').split(' ').includes('consent'),
      codeChallenge,
      codeChallengeMethod: method,
    },
  };
}
