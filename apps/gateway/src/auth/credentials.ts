import { AppError, looksLikeApiKey } from '@tally/contracts';

export const SESSION_COOKIE = 'tally_session';
export const CSRF_COOKIE = 'tally_csrf';
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

/** Finds the credential of a request: Authorization: Bearer, x-api-key, or the dashboard's session cookie. */
export function presentedCredential(
  headers: Headers,
  cookies: Record<string, string | undefined>,
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
  const session = cookies[SESSION_COOKIE];
  if (session) return { kind: 'session', value: session };
  return null;
}
