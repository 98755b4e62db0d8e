import type { FastifyInstance } from 'fastify';
import { sendOAuthError, sendOAuthSuccess } from '../http/oauth-replies.js';
import { readForm } from '../http/raw-bodies.js';
import { checkClientCredentials } from '../oauth/client-credentials.js';
import { exchangeCode, refreshTokens, type TokenOutcome } from '../oauth/token-grants.js';
import { TIKTOK_PATHS } from '../tiktok-endpoints.js';
import type { SandboxRouteOptions } from './route-options.js';

/** `POST /v2/oauth/token/`: form-encoded only; a flat token body or `{error, error_description, log_id}`. */
export async function tokenRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  app.post(
    TIKTOK_PATHS.token,
    { config: { tiktokPath: TIKTOK_PATHS.token } },
    async (request, reply) => {
      const fail = (error: string, description: string) =>
        sendOAuthError(request, reply, state.settings, error, description);

      const form = readForm(request);
      if (!form) return fail('invalid_request', 'The request parameters are malformed.');
      const client = checkClientCredentials(form, state.settings);
      if (!client.ok) return fail(client.error, client.description);

      let outcome: TokenOutcome;
      if (form.grant_type === 'authorization_code') {
        outcome = exchangeCode(state, client.clientKey, form);
      } else if (form.grant_type === 'refresh_token') {
        outcome = refreshTokens(state, client.clientKey, form);
      } else if (!form.grant_type) {
        return fail('invalid_request', 'grant_type is required.');
      } else {
        return fail('unsupported_grant_type', `grant_type ${form.grant_type} is not supported.`);
      }
      return outcome.ok
        ? sendOAuthSuccess(reply, outcome.tokens)
        : fail(outcome.error, outcome.description);
    },
  );
}
