import {
  type FetchFunction,
  type OutgoingRequest,
  PlatformError,
  type RawAnswer,
  sendRequest as sendPlatformRequest,
} from '@tally/platform-kit';
import { containsSecret, scrubSecrets } from './scrub-secrets.js';

export interface InstagramRequest extends OutgoingRequest {
  /** The Instagram path, for errors and logs; never the URL, which may carry a token. */
  endpoint: string;
  /** Values that must not reach an error message (tokens, the app secret). */
  secrets: readonly string[];
}

/** One request; no answer in time, or none at all, is `upstream_unavailable`. */
export function sendRequest(
  fetchFunction: FetchFunction,
  request: InstagramRequest,
): Promise<RawAnswer> {
  return sendPlatformRequest(fetchFunction, request, (message, cause) => {
    // A fetch error may quote the URL it failed on; then its cause is dropped with it.
    const causeText = cause instanceof Error ? `${cause.message} ${String(cause.cause)}` : '';
    const leaks = containsSecret(causeText, request.secrets);
    return new PlatformError({
      platform: 'INSTAGRAM',
      kind: 'upstream_unavailable',
      endpoint: request.endpoint,
      message: scrubSecrets(message, request.secrets),
      cause: leaks ? undefined : cause,
    });
  });
}
