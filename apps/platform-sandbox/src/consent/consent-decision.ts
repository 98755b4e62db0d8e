import type { SandboxState } from '../state/sandbox-state.js';
import type { AuthorizeRequest } from './authorize-request.js';
import { redirectLocation } from './redirect-location.js';

/** What the creator (or a test standing in for them) chose on the consent page. */
export interface ConsentDecision {
  approve: boolean;
  /** Who signs in: a username, open_id or 1-based position; the first creator by default. */
  login?: string;
  /** The scopes the creator left ticked; all requested ones when absent. */
  grantedScopes?: string[];
}

export type ConsentOutcome =
  | { outcome: 'redirect'; location: string }
  | { outcome: 'page_error'; title: string; detail: string };

/** `user.info.basic` cannot be unticked: without it there is no login. */
const MANDATORY_SCOPE = 'user.info.basic';

/** Turns a decision into the redirect back to the app: a single-use code, or access_denied. */
export function applyConsentDecision(
  state: SandboxState,
  request: AuthorizeRequest,
  decision: ConsentDecision,
): ConsentOutcome {
  if (!decision.approve) {
    return {
      outcome: 'redirect',
      location: redirectLocation(request.redirectUri, {
        error: 'access_denied',
        error_description: 'The user denied the authorization request.',
        state: request.state,
      }),
    };
  }
  const creator = decision.login ? state.catalog.find(decision.login) : state.catalog.first();
  if (!creator) {
    return {
      outcome: 'page_error',
      title: 'Unknown sandbox user',
      detail: `No sandbox creator matches "${decision.login ?? ''}"; see GET /sandbox/creators.`,
    };
  }
  const kept = decision.grantedScopes;
  const scopes = kept
    ? request.scopes.filter((scope) => scope === MANDATORY_SCOPE || kept.includes(scope))
    : request.scopes;
  const code = state.codes.issue({
    clientKey: request.clientKey,
    openId: creator.openId,
    scopes,
    redirectUri: request.redirectUri,
    codeChallenge: request.codeChallenge,
  });
  return {
    outcome: 'redirect',
    location: redirectLocation(request.redirectUri, {
      code,
      scopes: scopes.join(','),
      state: request.state,
    }),
  };
}
