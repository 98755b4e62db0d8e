import { errorFromResponse, unexpectedResponse } from '../errors/error-from-response.js';
import type { OutgoingRequest } from '../http/outgoing-request.js';
import type { TokenResponse } from '../types.js';

export interface ClientSecret {
  clientId: string;
  clientSecret: string;
  /** Space-separated permissions: narrows what the client may do. */
  scope?: string;
}

/** HTTP Basic credentials of an OAuth client: each part form-encoded first (RFC 6749 §2.3.1). */
function basic(clientId: string, clientSecret: string): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
  return `Basic ${btoa(`${encode(clientId)}:${encode(clientSecret)}`)}`;
}

/** `POST /oauth/token` with the client credentials grant (RFC 6749 §4.4). */
export function accessTokenRequest(baseUrl: string, client: ClientSecret): OutgoingRequest {
  const form = new URLSearchParams({ grant_type: 'client_credentials' });
  if (client.scope) form.set('scope', client.scope);
  return {
    url: `${baseUrl}/oauth/token`,
    method: 'POST',
    headers: new Headers({
      authorization: basic(client.clientId, client.clientSecret),
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    }),
    body: form.toString(),
    signal: null,
  };
}

function isTokenResponse(value: unknown): value is TokenResponse {
  if (typeof value !== 'object' || value === null) return false;
  const token = value as Record<string, unknown>;
  return typeof token.access_token === 'string' && typeof token.expires_in === 'number';
}

/** The token of a 200, or the TallyError of any other answer (OAuth errors keep their code). */
export async function readAccessToken(response: Response): Promise<TokenResponse> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: described as it came.
  }
  if (!response.ok) throw errorFromResponse(response.status, body, response.headers);
  if (!isTokenResponse(body)) throw unexpectedResponse(response.status, body, response.headers);
  return body;
}
