import type { YouTubeState } from './youtube-state.js';
import type { GoogleTokens } from './google-grants.js';
import { googleVerifierMatches } from './google-pkce.js';

export type GoogleTokenOutcome =
  { ok: true; tokens: GoogleTokens } | { ok: false; error: string; description: string };

const refused = (error: string, description: string): GoogleTokenOutcome => ({
  ok: false,
  error,
  description,
});

/** `grant_type=authorization_code`: the single-use code, the same redirect URI, PKCE when a challenge was sent. */
export function exchangeGoogleCode(
  youtube: YouTubeState,
  fields: Record<string, string>,
): GoogleTokenOutcome {
  if (!fields.code) return refused('invalid_request', 'Missing required parameter: code');
  if (!fields.redirect_uri) {
    return refused('invalid_request', 'Missing parameter: redirect_uri');
  }
  const redemption = youtube.codes.redeem(fields.code);
  if (!redemption.ok) return refused('invalid_grant', 'Bad Request');
  const { grant: authorization } = redemption;
  if (authorization.redirectUri !== fields.redirect_uri) {
    return refused('redirect_uri_mismatch', 'Bad Request');
  }
  if (authorization.codeChallenge !== undefined && authorization.codeChallengeMethod) {
    if (!fields.code_verifier) return refused('invalid_grant', 'Missing code verifier.');
    const matches = googleVerifierMatches(
      fields.code_verifier,
      authorization.codeChallenge,
      authorization.codeChallengeMethod,
    );
    if (!matches) return refused('invalid_grant', 'Invalid code verifier.');
  }
  return { ok: true, tokens: youtube.grants.exchange(youtube.settings.clientId, authorization) };
}

/** `grant_type=refresh_token`: a new access token; the refresh token stays the same. */
export function refreshGoogleTokens(
  youtube: YouTubeState,
  fields: Record<string, string>,
): GoogleTokenOutcome {
  if (!fields.refresh_token) {
    return refused('invalid_request', 'Missing required parameter: refresh_token');
  }
  const tokens = youtube.grants.refresh(youtube.settings.clientId, fields.refresh_token);
  if (!tokens) return refused('invalid_grant', 'Token has been expired or revoked.');
  return { ok: true, tokens };
}
