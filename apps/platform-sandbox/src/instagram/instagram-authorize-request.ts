import { INSTAGRAM_SCOPES, type InstagramSettings } from '../config/platform-settings.js';

export interface InstagramAuthorizeRequest {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state?: string;
}

export type InstagramAuthorizeCheck =
  | { outcome: 'valid'; request: InstagramAuthorizeRequest }
  | { outcome: 'page_error'; title: string; detail: string };

/** Instagram shows an error page (never a redirect) for a bad app, redirect URI or scope. */
export function checkInstagramAuthorize(
  parameters: Record<string, string | undefined>,
  settings: InstagramSettings,
): InstagramAuthorizeCheck {
  const fail = (detail: string): InstagramAuthorizeCheck => ({
    outcome: 'page_error',
    title: 'Sorry, this content isn\u2019t available right now',
    detail,
  });
  const { client_id: clientId, redirect_uri: redirectUri } = parameters;
  if (!clientId || clientId !== settings.appId) return fail('Invalid platform app');
  if (!redirectUri || !settings.redirectUris.includes(redirectUri)) {
    return fail('Invalid redirect_uri');
  }
  if (parameters.response_type !== 'code') return fail('Invalid response_type: must be code');
  // Comma-separated, or space-separated once URL-decoded.
  const scopes = (parameters.scope ?? '')
    .split(/[,\s]+/)
    .map((scope) => scope.trim())
    .filter((scope) => scope !== '');
  const known: readonly string[] = INSTAGRAM_SCOPES;
  const unknown = scopes.filter((scope) => !known.includes(scope));
  if (scopes.length === 0 || unknown.length > 0) {
    return fail(`Invalid Scopes: ${unknown.join(', ') || '(none)'}`);
  }
  return {
    outcome: 'valid',
    request: { clientId, redirectUri, scopes: [...new Set(scopes)], state: parameters.state },
  };
}
