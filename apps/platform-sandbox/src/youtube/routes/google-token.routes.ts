import type { FastifyInstance } from 'fastify';
import { queryValue } from '../../http/query-value.js';
import { YOUTUBE_ENDPOINTS } from '../../platforms/platform-endpoints.js';
import type { SandboxRouteOptions } from '../../routes/route-options.js';
import { sendGoogleOAuthError } from '../google-errors.js';
import {
  exchangeGoogleCode,
  type GoogleTokenOutcome,
  refreshGoogleTokens,
} from '../google-token-grants.js';
import { googleRequestFields } from '../request-fields.js';

/**
 * `oauth2.googleapis.com/token` (authorization_code and refresh_token grants)
 * and `/revoke?token=` (an access or refresh token; 200, or 400 invalid_token).
 */
export async function googleTokenRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  app.post(
    YOUTUBE_ENDPOINTS.token,
    { config: { platformEndpoint: YOUTUBE_ENDPOINTS.token } },
    async (request, reply) => {
      const fields = googleRequestFields(request);
      if (!fields) return sendGoogleOAuthError(reply, 'invalid_request', 'Invalid request body.');
      const { settings } = state.youtube;
      if (!fields.client_id) {
        return sendGoogleOAuthError(
          reply,
          'invalid_request',
          'Could not determine client ID from request.',
        );
      }
      if (fields.client_id !== settings.clientId) {
        return sendGoogleOAuthError(reply, 'invalid_client', 'The OAuth client was not found.');
      }
      if (fields.client_secret !== settings.clientSecret) {
        return sendGoogleOAuthError(reply, 'invalid_client', 'Unauthorized');
      }
      let outcome: GoogleTokenOutcome;
      if (fields.grant_type === 'authorization_code') {
        outcome = exchangeGoogleCode(state.youtube, fields);
      } else if (fields.grant_type === 'refresh_token') {
        outcome = refreshGoogleTokens(state.youtube, fields);
      } else {
        return sendGoogleOAuthError(
          reply,
          'unsupported_grant_type',
          `Invalid grant_type: ${fields.grant_type ?? ''}`,
        );
      }
      if (!outcome.ok) return sendGoogleOAuthError(reply, outcome.error, outcome.description);
      return reply.header('cache-control', 'no-store').send(outcome.tokens);
    },
  );

  app.post(
    YOUTUBE_ENDPOINTS.revoke,
    { config: { platformEndpoint: YOUTUBE_ENDPOINTS.revoke } },
    async (request, reply) => {
      const token = queryValue(request.query, 'token') ?? googleRequestFields(request)?.token;
      if (!token) {
        return sendGoogleOAuthError(reply, 'invalid_request', 'Missing required parameter: token');
      }
      const grant = state.youtube.grants.revoke(token);
      if (!grant) return sendGoogleOAuthError(reply, 'invalid_token', 'Token expired or revoked');
      state.youtube.revocations.push({
        client_id: grant.clientId,
        channel_id: grant.channelId,
        revoked_at: new Date(state.clock.now()).toISOString(),
      });
      return reply.code(200).send({});
    },
  );
}
