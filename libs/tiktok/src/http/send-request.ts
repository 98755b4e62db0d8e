import {
  type FetchFunction,
  type OutgoingRequest,
  type RawAnswer,
  sendRequest as sendPlatformRequest,
} from '@tally/platform-kit';
import { TikTokError } from '../errors/tiktok-error.js';

export type { FetchFunction, RawAnswer } from '@tally/platform-kit';

/** One request to `endpoint` (a path, for errors and logs); unreachable is `upstream_unavailable`. */
export function sendRequest(
  fetchFunction: FetchFunction,
  request: OutgoingRequest & { endpoint: string },
): Promise<RawAnswer> {
  return sendPlatformRequest(
    fetchFunction,
    request,
    (message, cause) =>
      new TikTokError({ kind: 'upstream_unavailable', endpoint: request.endpoint, message, cause }),
  );
}
