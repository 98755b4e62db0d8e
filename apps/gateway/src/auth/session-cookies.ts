import type { SessionCreated, SessionView } from '@tally/contracts';
import type { FastifyReply } from 'fastify';
import { serializeCookie } from './cookies.js';
import { CSRF_COOKIE, SESSION_COOKIE } from './credentials.js';

export interface CookiePolicy {
  secure: boolean;
}

export const COOKIE_POLICY = Symbol('COOKIE_POLICY');

/** The session token lives only in an httpOnly cookie; the CSRF token is readable by the dashboard's script. */
export function setSessionCookies(
  reply: FastifyReply,
  session: SessionCreated,
  policy: CookiePolicy,
): void {
  const expires = new Date(session.expiresAt);
  void reply.header('set-cookie', [
    serializeCookie(SESSION_COOKIE, session.sessionToken, {
      httpOnly: true,
      secure: policy.secure,
      expires,
    }),
    serializeCookie(CSRF_COOKIE, session.csrfToken, {
      httpOnly: false,
      secure: policy.secure,
      expires,
    }),
  ]);
}

export function clearSessionCookies(reply: FastifyReply, policy: CookiePolicy): void {
  const expires = new Date(0);
  void reply.header('set-cookie', [
    serializeCookie(SESSION_COOKIE, '', { httpOnly: true, secure: policy.secure, expires }),
    serializeCookie(CSRF_COOKIE, '', { httpOnly: false, secure: policy.secure, expires }),
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
