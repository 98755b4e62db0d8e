import type { Principal } from '@tally/contracts';
import { createHash, timingSafeEqual } from 'node:crypto';

export interface OperatorPolicy {
  /** HTTP Basic password that opens the operator pages (any user name). */
  operatorToken?: string;
  /** Signed-in users with account:admin in this account are operators too. */
  operatorAccountId?: string;
}

export interface OperatorRequest {
  method: string;
  authorization?: string;
  sessionToken?: string;
  origin?: string;
  host?: string;
}

export type OperatorDecision = 'allowed' | 'sign_in' | 'forbidden';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function basicPassword(authorization: string | undefined): string | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(authorization ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? undefined : decoded.slice(colon + 1);
}

/**
 * Who may open the operator pages: the holder of OPERATOR_TOKEN (HTTP Basic,
 * so that a browser asks for it), or a signed-in account:admin of the
 * operator account. A session write must come from the gateway's own pages
 * (same Origin): the board's buttons send no CSRF token.
 */
export async function decideOperatorAccess(
  request: OperatorRequest,
  policy: OperatorPolicy,
  verifySession: (sessionToken: string) => Promise<Principal>,
): Promise<OperatorDecision> {
  const password = basicPassword(request.authorization);
  if (
    password !== undefined &&
    policy.operatorToken &&
    sameSecret(password, policy.operatorToken)
  ) {
    return 'allowed';
  }
  if (!request.sessionToken || !policy.operatorAccountId) return 'sign_in';
  let principal: Principal;
  try {
    principal = await verifySession(request.sessionToken);
  } catch {
    return 'sign_in';
  }
  const isOperator =
    principal.accountId === policy.operatorAccountId &&
    principal.permissions.includes('account:admin');
  if (!isOperator) return 'forbidden';
  if (!SAFE_METHODS.has(request.method.toUpperCase())) {
    const sameOrigin =
      request.origin !== undefined &&
      request.host !== undefined &&
      new URL(request.origin).host === request.host;
    if (!sameOrigin) return 'forbidden';
  }
  return 'allowed';
}
