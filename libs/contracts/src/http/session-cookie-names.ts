/** The names of the dashboard session's two cookies. */
export interface SessionCookieNames {
  /** httpOnly: the session token. */
  session: string;
  /** Readable by the dashboard's script: the session's CSRF token. */
  csrf: string;
}

const SECURE_NAMES: SessionCookieNames = {
  session: '__Host-tally_session',
  csrf: '__Host-tally_csrf',
};
const PLAIN_NAMES: SessionCookieNames = { session: 'tally_session', csrf: 'tally_csrf' };

/**
 * Secure cookies take `__Host-` names: a browser keeps such a cookie to the
 * host that set it over HTTPS, so a sibling subdomain cannot plant one.
 * Browsers refuse `__Host-` cookies that are not Secure, so plain http
 * (development) keeps the bare names.
 */
export function sessionCookieNames(secure: boolean): SessionCookieNames {
  return secure ? SECURE_NAMES : PLAIN_NAMES;
}

/** Where the dashboard finds the CSRF token, whichever way the gateway set its cookies. */
export const CSRF_COOKIE_NAMES = [SECURE_NAMES.csrf, PLAIN_NAMES.csrf] as const;
