/**
 * Which `redirectUrl` a connect flow may send the creator's browser back to.
 *
 * An account lists allowed redirect URLs. Each is stored normalised as an
 * origin followed by a path without trailing slashes (`https://shop.example`,
 * `https://shop.example/creators`). A redirect URL matches an entry when its
 * origin (scheme, host, port) is the entry's and its path is the entry's path
 * or lies below it (`/creators`, `/creators/`, `/creators/done`, but not
 * `/creatorship`); its query and fragment are free. An entry without a path
 * allows the whole origin.
 */

export const MAX_ALLOWED_REDIRECT_URLS = 20;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

// What the URL parser leaves of a real host: DNS labels (punycode) or an IP address.
const HOST_NAME = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/;

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** Why a value cannot be an allowed redirect URL, or null when it can. */
export function allowedRedirectUrlProblem(value: string): string | null {
  if (/\s/.test(value)) return 'must not hold spaces';
  const url = parse(value);
  if (!url || !/^https?:\/\/[^/?#]/i.test(value)) return 'must be an absolute URL';
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return 'must use https (http only for localhost and 127.0.0.1)';
  }
  if (url.username || url.password) return 'must not hold a user name or password';
  if (value.includes('?') || value.includes('#')) return 'must not hold a query or fragment';
  return null;
}

/** The stored form: origin and path, without trailing slashes. Assumes an acceptable value. */
export function normaliseAllowedRedirectUrl(value: string): string {
  const url = new URL(value);
  return url.origin + url.pathname.replace(/\/+$/, '');
}

function matchesEntry(redirect: URL, entry: string): boolean {
  const allowed = parse(entry);
  if (!allowed || allowed.origin !== redirect.origin) return false;
  const path = allowed.pathname.replace(/\/+$/, '');
  return path === '' || redirect.pathname === path || redirect.pathname.startsWith(`${path}/`);
}

/** True when the redirect URL matches one of the account's allowed redirect URLs. */
export function isAllowedRedirectUrl(redirectUrl: string, allowed: readonly string[]): boolean {
  const redirect = parse(redirectUrl);
  return redirect !== null && allowed.some((entry) => matchesEntry(redirect, entry));
}

/** True when the redirect URL's origin is one of a publishable key's allowed origins. */
export function isFromAllowedOrigin(redirectUrl: string, origins: readonly string[]): boolean {
  const redirect = parse(redirectUrl);
  return redirect !== null && origins.includes(redirect.origin);
}

/** The origin a browser's `Origin` header names, or null for `null` and anything unreadable. */
export function originOf(header: string | undefined): string | null {
  if (!header) return null;
  const url = parse(header);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  if (!HOST_NAME.test(url.hostname)) return null;
  return url.origin === header ? header : null;
}
