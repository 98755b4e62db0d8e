import type { FastifyReply, FastifyRequest } from 'fastify';

/** The HTTP status TikTok documents for each Display API error code. */
export const DISPLAY_ERROR_STATUS: Record<string, number> = {
  access_token_invalid: 401,
  scope_not_authorized: 401,
  scope_permission_missed: 400,
  invalid_params: 400,
  rate_limit_exceeded: 429,
  internal_error: 500,
};

const DEFAULT_MESSAGES: Record<string, string> = {
  access_token_invalid: 'The access token is invalid or not found in the request.',
  scope_not_authorized:
    'The user did not authorize the scope required for completing this request.',
  scope_permission_missed:
    'The user did not authorize the scope required for some requested fields.',
  rate_limit_exceeded: 'API rate limit was exceeded, please try again later.',
  internal_error: 'Something went wrong. Please try again later.',
};

/** `{data, error: {code: "ok"}}`, the Display API's success envelope. */
export function sendDisplayData(request: FastifyRequest, reply: FastifyReply, data: unknown) {
  return reply.code(200).send({ data, error: { code: 'ok', message: '', log_id: request.logId } });
}

/** The Display API's error envelope, with the status TikTok uses for the code. */
export function sendDisplayError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: string,
  message = DEFAULT_MESSAGES[code] ?? code,
  status = DISPLAY_ERROR_STATUS[code] ?? 400,
) {
  return reply.code(status).send({ data: {}, error: { code, message, log_id: request.logId } });
}
