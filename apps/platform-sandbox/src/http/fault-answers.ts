import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorPage } from '../consent/error-page.js';
import type { ActiveFault } from '../state/fault-injector.js';
import { styleOf, type TikTokPath } from '../tiktok-endpoints.js';
import { DISPLAY_ERROR_STATUS, sendDisplayError } from './display-replies.js';

/** What a proxy in front of an API might serve instead of JSON. */
const GARBAGE_PAGE =
  '<html><head><title>Service Unavailable</title></head><body><h1>Oops</h1><p>Please try again.</p></body></html>';

const DISPLAY_CODE_OF_STATUS: Record<number, string> = {
  400: 'invalid_params',
  401: 'access_token_invalid',
  429: 'rate_limit_exceeded',
};

/** True when the fault replaces the answer (rather than only delaying it). */
export function replacesAnswer(fault: ActiveFault): boolean {
  return fault.garbage === true || fault.status !== undefined || fault.error !== undefined;
}

/** Answers an injected fault in the shape the endpoint uses for errors. */
export function sendFault(
  request: FastifyRequest,
  reply: FastifyReply,
  path: TikTokPath,
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
  const style = styleOf(path);
  if (style === 'display') {
    const status = fault.status ?? DISPLAY_ERROR_STATUS[fault.error ?? ''] ?? 500;
    const code = fault.error ?? DISPLAY_CODE_OF_STATUS[status] ?? 'internal_error';
    return sendDisplayError(request, reply, code, undefined, status);
  }
  if (style === 'oauth') {
    const status = fault.status ?? 200;
    const error = fault.error ?? (status >= 500 ? 'server_error' : 'invalid_request');
    return reply
      .code(status)
      .send({ error, error_description: 'Injected by the sandbox.', log_id: request.logId });
  }
  return reply
    .code(fault.status ?? 500)
    .type('text/html')
    .send(errorPage('Something went wrong', 'Please try again later.'));
}
