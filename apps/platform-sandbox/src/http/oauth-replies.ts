import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxSettings } from '../config/sandbox-settings.js';

const HTTP_STATUS_OF: Record<string, number> = {
  invalid_client: 401,
  server_error: 500,
  temporarily_unavailable: 503,
};

/**
 * `{error, error_description, log_id}`. TikTok is observed to answer these
 * with HTTP 200; `oauthErrorsWithHttpStatus` switches to 400/401/5xx.
 */
export function sendOAuthError(
  request: FastifyRequest,
  reply: FastifyReply,
  settings: SandboxSettings,
  error: string,
  description: string,
) {
  const status = settings.oauthErrorsWithHttpStatus ? (HTTP_STATUS_OF[error] ?? 400) : 200;
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .send({ error, error_description: description, log_id: request.logId });
}

export function sendOAuthSuccess(reply: FastifyReply, body: object) {
  return reply.code(200).header('cache-control', 'no-store').send(body);
}
