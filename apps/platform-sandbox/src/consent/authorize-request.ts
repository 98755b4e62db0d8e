import type { SandboxSettings } from '../config/sandbox-settings.js';

/** A consent request the sandbox accepted: the app, where to return, what it asks for. */
export interface AuthorizeRequest {
  clientKey: string;
  redirectUri: string;
  scopes: string[];
  state?: string;
  codeChallenge?: string;
}

export type AuthorizeCheck =
  | { outcome: 'valid'; request: AuthorizeRequest }
  /** The app and redirect URI are trusted: the error goes back to the app. */
  | {
      outcome: 'redirect_error';
      redirectUri: string;
      state?: string;
      error: string;
      description: string;
    }
  /** The app or its redirect URI cannot be trusted: an error page, never a redirect. */
  | { outcome: 'page_error'; title: string; detail: string };

type Parameters = Record<string, string | undefined>;

/** Checks the authorize parameters as section 3 of the reference describes them. */
export function checkAuthorizeRequest(
  parameters: Parameters,
  settings: SandboxSettings,
): AuthorizeCheck {
  const clientKey = parameters.client_key;
  if (!clientKey || clientKey !== settings.clientKey) {
    return {
      outcome: 'page_error',
      title: 'Something went wrong',
      detail: 'client_key is invalid.',
    };
  }
  const redirectUri = parameters.redirect_uri;
  if (!redirectUri || !settings.redirectUris.includes(redirectUri)) {
    return {
      outcome: 'page_error',
      title: 'Something went wrong',
      detail: 'redirect_uri is not registered for this app.',
    };
  }
  const state = parameters.state;
  const refuse = (error: string, description: string): AuthorizeCheck => ({
    outcome: 'redirect_error',
    redirectUri,
    state,
    error,
    description,
  });

  if (parameters.response_type !== 'code') {
    return refuse('unsupported_response_type', 'response_type must be code.');
  }
  const scopes = (parameters.scope ?? '')
    .split(',')
    .map((scope) => scope.trim())
    .filter((scope) => scope !== '');
  if (scopes.length === 0) return refuse('invalid_request', 'scope is required.');
  const unapproved = scopes.filter((scope) => !settings.approvedScopes.includes(scope));
  if (unapproved.length > 0) {
    return refuse('invalid_scope', `The app is not approved for: ${unapproved.join(',')}.`);
  }
  const { code_challenge: codeChallenge, code_challenge_method: method } = parameters;
  if ((codeChallenge || method) && (!codeChallenge || method !== 'S256')) {
    return refuse('invalid_request', 'code_challenge needs code_challenge_method=S256.');
  }
  return {
    outcome: 'valid',
    request: { clientKey, redirectUri, scopes: [...new Set(scopes)], state, codeChallenge },
  };
}
