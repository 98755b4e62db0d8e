import {
  AppError,
  looksLikeApiKey,
  sessionCookieNames,
  type SessionCookieNames,
} from '@tally/contracts';

// The names without Secure; Secure cookies take `__Host-` ones (sessionCookieNames).
export const SESSION_COOKIE = sessionCookieNames(false).session;
export const CSRF_COOKIE = sessionCookieNames(false).csrf;
export const CSRF_HEADER = 'x-csrf-token';

export type PresentedCredential =
  | { kind: 'api_key'; value: string }
  | { kind: 'bearer_token'; value: string }
  | { kind: 'session'; value: string };

type Headers = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined, name: string): string | undefined {
  if (Array.isArray(value)) throw invalidToken(`Send one ${name} header, not several.`);
  return value;
}

export function invalidToken(description: string): AppError {
  return new AppError('unauthorized', description, [{ reason: 'invalid_token' }]);
}

/**
 * Finds the credential of a request: Authorization: Bearer, x-api-key, or the
 * dashboard's session cookie under the one name the gateway sets (with Secure
 * cookies, only the `__Host-` one: a bare-named cookie may come from a sibling domain).
 */
export function presentedCredential(
  headers: Headers,
  cookies: Record<string, string | undefined>,
  cookieNames: SessionCookieNames = sessionCookieNames(false),
): PresentedCredential | null {
  const authorization = single(headers.authorization, 'Authorization');
  const apiKeyHeader = single(headers['x-api-key'], 'x-api-key');
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match)
      throw invalidToken('The Authorization header must be "Bearer <api key or access token>".');
    const value = match[1];
    return looksLikeApiKey(value) ? { kind: 'api_key', value } : { kind: 'bearer_token', value };
  }
  if (apiKeyHeader !== undefined) return { kind: 'api_key', value: apiKeyHeader.trim() };
  const session = cookies[cookieNames.session];
  if (session) return { kind: 'session', value: session };
  return null;
}
