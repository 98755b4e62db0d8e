import type { IssuedTokens } from '../state/grants.js';
import type { SandboxState } from '../state/sandbox-state.js';
import { verifierMatches } from './pkce-check.js';

export type TokenOutcome =
  { ok: true; tokens: IssuedTokens } | { ok: false; error: string; description: string };

const refused = (error: string, description: string): TokenOutcome => ({
  ok: false,
  error,
  description,
});

const CODE_REFUSALS = {
  unknown: 'Authorization code is invalid.',
  used: 'Authorization code has been used.',
  expired: 'Authorization code is expired.',
} as const;

/** `grant_type=authorization_code`: a single-use code, for the same app and redirect URI. */
export function exchangeCode(
  state: SandboxState,
  clientKey: string,
  form: Record<string, string>,
): TokenOutcome {
  if (!form.code || !form.redirect_uri) {
    return refused('invalid_request', 'code and redirect_uri are required.');
  }
  const redemption = state.codes.redeem(form.code);
  if (!redemption.ok) return refused('invalid_grant', CODE_REFUSALS[redemption.reason]);
  const { authorization } = redemption;
  if (authorization.clientKey !== clientKey) {
    return refused('invalid_grant', 'Authorization code was issued to another client.');
  }
  if (authorization.redirectUri !== form.redirect_uri) {
    return refused(
      'invalid_grant',
      'Redirect_uri is not matched with the uri when requesting code.',
    );
  }
  if (
    authorization.codeChallenge !== undefined &&
    !verifierMatches(form.code_verifier, authorization.codeChallenge)
  ) {
    return refused('invalid_request', 'Code verifier or code challenge is invalid.');
  }
  return {
    ok: true,
    tokens: state.grants.create(clientKey, authorization.openId, authorization.scopes),
  };
}

/** `grant_type=refresh_token`: only the latest refresh token of a live grant works. */
export function refreshTokens(
  state: SandboxState,
  clientKey: string,
  form: Record<string, string>,
): TokenOutcome {
  if (!form.refresh_token) return refused('invalid_request', 'refresh_token is required.');
  const outcome = state.grants.refresh(clientKey, form.refresh_token);
  if (!outcome.ok) return refused('invalid_grant', 'Refresh token is invalid or expired.');
  return { ok: true, tokens: outcome.tokens };
}
