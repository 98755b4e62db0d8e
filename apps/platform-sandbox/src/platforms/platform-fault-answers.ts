import type { FastifyReply } from 'fastify';
import { errorPage } from '../consent/error-page.js';
import {
  type GraphError,
  sendGraphError,
  sendInstagramOAuthError,
  unexpectedError,
} from '../instagram/graph-errors.js';
import type { ActiveFault } from '../state/fault-injector.js';
import {
  googleFaultError,
  sendGoogleApiError,
  sendGoogleOAuthError,
} from '../youtube/google-errors.js';
import { type PlatformEndpoint, platformStyleOf } from './platform-endpoints.js';

const GARBAGE_PAGE =
  '<html><head><title>Service Unavailable</title></head><body><h1>Oops</h1><p>Please try again.</p></body></html>';

/** A Graph fault: `error` is a Graph code (`"17"`, `"190"`, ...); anything else is code 2. */
function graphFault(fault: ActiveFault): GraphError {
  const code = Number(fault.error);
  if (!Number.isInteger(code) || fault.error === undefined) return unexpectedError(fault.status);
  return {
    status: fault.status ?? 400,
    code,
    message: `(#${code}) Injected by the sandbox.`,
    ...(code === 190 ? { subcode: 463 } : {}),
  };
}

/** Answers an injected fault in the error shape of the Instagram or Google endpoint. */
export function sendPlatformFault(
  reply: FastifyReply,
  endpoint: PlatformEndpoint,
  fault: ActiveFault,
) {
  if (fault.retryAfterSeconds !== undefined) {
    void reply.header('retry-after', String(fault.retryAfterSeconds));
  }
  if (fault.garbage) {
    return reply
      .code(fault.status ?? 200)
      .type('text/html')
      .send(GARBAGE_PAGE);
  }
  switch (platformStyleOf(endpoint)) {
    case 'instagram-oauth':
      return sendInstagramOAuthError(
        reply,
        fault.error ?? 'Injected by the sandbox.',
        fault.status ?? 400,
      );
    case 'instagram-graph':
      return sendGraphError(reply, graphFault(fault));
    case 'google-oauth': {
      const status = fault.status ?? (fault.error ? 400 : 500);
      const error = fault.error ?? (status >= 500 ? 'internal_failure' : 'invalid_request');
      return sendGoogleOAuthError(reply, error, 'Injected by the sandbox.', status);
    }
    case 'youtube-data':
      return sendGoogleApiError(reply, googleFaultError(fault.error, fault.status));
    case 'consent-page':
      return reply
        .code(fault.status ?? 500)
        .type('text/html')
        .send(errorPage('Something went wrong', 'Please try again later.'));
  }
}
