import {
  sessionCookieNames,
  type SessionCookieNames,
  type SessionCreated,
  type SessionView,
} from '@tally/contracts';
import type { FastifyReply } from 'fastify';
import { serializeCookie } from './cookies.js';

export interface CookiePolicy {
  secure: boolean;
}

export const COOKIE_POLICY = Symbol('COOKIE_POLICY');

/** The names the gateway sets, and so the only ones it reads: `__Host-` ones when Secure. */
export function cookieNamesOf(policy: CookiePolicy): SessionCookieNames {
  return sessionCookieNames(policy.secure);
}

/** The session token lives only in an httpOnly cookie; the CSRF token is readable by the dashboard's script. */
export function setSessionCookies(
  reply: FastifyReply,
  session: SessionCreated,
  policy: CookiePolicy,
): void {
  const expires = new Date(session.expiresAt);
  const names = cookieNamesOf(policy);
  void reply.header('set-cookie', [
    serializeCookie(names.session, session.sessionToken, {
      httpOnly: true,
      secure: policy.secure,
      expires,
    }),
    serializeCookie(names.csrf, session.csrfToken, {
      httpOnly: false,
      secure: policy.secure,
      expires,
    }),
  ]);
}

export function clearSessionCookies(reply: FastifyReply, policy: CookiePolicy): void {
  const expires = new Date(0);
  const names = cookieNamesOf(policy);
  void reply.header('set-cookie', [
    serializeCookie(names.session, '', { httpOnly: true, secure: policy.secure, expires }),
    serializeCookie(names.csrf, '', { httpOnly: false, secure: policy.secure, expires }),
  ]);
}

/** What the browser gets back: never the session token itself. */
export function sessionView(session: SessionCreated): SessionView {
  return {
    user: session.user,
    account: session.account,
    expiresAt: session.expiresAt,
    csrfToken: session.csrfToken,
  };
}
