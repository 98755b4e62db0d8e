import { queryValue } from '../http/query-value.js';

export type ConsentChoice =
  | { kind: 'show-page'; login?: string }
  | { kind: 'decided'; approve: boolean; login?: string }
  | { kind: 'invalid' };

/**
 * What the test hooks of an authorize URL ask for, as on TikTok's page:
 * `sandbox_decision=approve|deny` decides at once (so does auto-approve),
 * `sandbox_user` names who signs in.
 */
export function consentChoiceOf(query: unknown, autoApprove: boolean): ConsentChoice {
  const login = queryValue(query, 'sandbox_user');
  const decision = queryValue(query, 'sandbox_decision');
  if (decision === undefined) {
    return autoApprove ? { kind: 'decided', approve: true, login } : { kind: 'show-page', login };
  }
  if (decision !== 'approve' && decision !== 'deny') return { kind: 'invalid' };
  return { kind: 'decided', approve: decision === 'approve', login };
}

/** The choice the consent page's own form posts. */
export function consentChoiceOfForm(form: Record<string, string>): ConsentChoice {
  if (form.decision !== 'approve' && form.decision !== 'deny') return { kind: 'invalid' };
  return { kind: 'decided', approve: form.decision === 'approve', login: form.sandbox_user };
}
