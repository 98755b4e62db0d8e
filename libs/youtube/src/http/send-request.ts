import {
  type FetchFunction,
  type OutgoingRequest,
  type RawAnswer,
  sendRequest as sendPlatformRequest,
} from '@tally/platform-kit';
import { youtubeError } from '../errors/youtube-error.js';

/** One request to `endpoint` (a path, for errors and logs); unreachable is `upstream_unavailable`. */
export function sendRequest(
  fetchFunction: FetchFunction,
  request: OutgoingRequest & { endpoint: string },
): Promise<RawAnswer> {
  return sendPlatformRequest(fetchFunction, request, (message, cause) =>
    youtubeError({ kind: 'upstream_unavailable', endpoint: request.endpoint, message, cause }),
  );
}
