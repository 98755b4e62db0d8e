import type { Credentials } from '../auth/credentials.js';
import type { Clock } from './clock.js';
import type { FetchFunction, OutgoingRequest } from './outgoing-request.js';
import { RetrySettings, sendWithRetries } from './send-with-retries.js';

/** What the generated client calls in place of fetch. */
export type Transport = (request: Request) => Promise<Response>;

export interface TransportSettings extends RetrySettings {
  fetch: FetchFunction;
  credentials: Credentials;
  clock: Clock;
}

/**
 * The generated client's requests, authorized and retried: each carries the
 * credentials' `Authorization` header, is retried per `sendWithRetries`, and
 * is sent once more with a new header after a 401 when the credentials can get
 * one (an expired or revoked access token).
 */
export function createTransport(settings: TransportSettings): Transport {
  return async (request) => {
    const body = request.body === null ? null : await request.arrayBuffer();
    const send = async (authorization: string): Promise<Response> => {
      const headers = new Headers(request.headers);
      headers.set('authorization', authorization);
      const outgoing: OutgoingRequest = {
        url: request.url,
        method: request.method,
        headers,
        body,
        signal: request.signal,
      };
      return sendWithRetries(settings.fetch, outgoing, settings, settings.clock);
    };
    const authorization = await settings.credentials.authorization();
    const response = await send(authorization);
    if (response.status !== 401 || !settings.credentials.rejected(authorization)) return response;
    return send(await settings.credentials.authorization());
  };
}
