import type { ClientCredentials } from '@tally/contracts';

export type OAuthForm = Record<string, unknown>;

export class OAuthRequestError extends Error {
  constructor(
    readonly status: 400 | 401,
    readonly error: string,
    description: string,
  ) {
    super(description);
  }
}

function decodeFormComponent(value: string): string {
  return decodeURIComponent(value.replace(/\+/g, ' '));
}

/** A form field that must appear at most once and be text. */
export function formField(form: OAuthForm, name: string): string | undefined {
  const value = form[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string')
    throw new OAuthRequestError(400, 'invalid_request', `${name} must be given once.`);
  return value;
}

/**
 * Client authentication (RFC 6749 2.3.1): HTTP Basic with the form-encoded id
 * and secret, or client_id and client_secret in the body, never both.
 */
export function clientCredentials(
  authorization: string | undefined,
  form: OAuthForm,
): ClientCredentials {
  const bodyId = formField(form, 'client_id');
  const bodySecret = formField(form, 'client_secret');
  if (authorization !== undefined) {
    const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization);
    if (!match)
      throw new OAuthRequestError(
        401,
        'invalid_client',
        'The Authorization header must be HTTP Basic.',
      );
    if (bodySecret !== undefined) {
      throw new OAuthRequestError(
        400,
        'invalid_request',
        'Authenticate with HTTP Basic or with the body, not both.',
      );
    }
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const separator = decoded.indexOf(':');
    if (separator < 0)
      throw new OAuthRequestError(401, 'invalid_client', 'Malformed HTTP Basic credentials.');
    try {
      return {
        clientId: decodeFormComponent(decoded.slice(0, separator)),
        clientSecret: decodeFormComponent(decoded.slice(separator + 1)),
      };
    } catch {
      throw new OAuthRequestError(401, 'invalid_client', 'Malformed HTTP Basic credentials.');
    }
  }
  if (!bodyId || !bodySecret)
    throw new OAuthRequestError(401, 'invalid_client', 'Client authentication is required.');
  return { clientId: bodyId, clientSecret: bodySecret };
}
