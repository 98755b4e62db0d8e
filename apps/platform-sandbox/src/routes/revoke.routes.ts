import type { FastifyInstance } from 'fastify';
import { sendOAuthError, sendOAuthSuccess } from '../http/oauth-replies.js';
import { readForm } from '../http/raw-bodies.js';
import { checkClientCredentials } from '../oauth/client-credentials.js';
import { TIKTOK_PATHS } from '../tiktok-endpoints.js';
import type { SandboxRouteOptions } from './route-options.js';

/**
 * `POST /v2/oauth/revoke/` with the creator's access token: `{}` and the
 * app's authorization is gone. Unknown or already revoked tokens also get
 * `{}` (revoking twice is not an error); an expired one is refused.
 */
export async function revokeRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  app.post(
    TIKTOK_PATHS.revoke,
    { config: { tiktokPath: TIKTOK_PATHS.revoke } },
    async (request, reply) => {
      const fail = (error: string, description: string) =>
        sendOAuthError(request, reply, state.settings, error, description);

      const form = readForm(request);
      if (!form) return fail('invalid_request', 'The request parameters are malformed.');
      const client = checkClientCredentials(form, state.settings);
      if (!client.ok) return fail(client.error, client.description);
      if (!form.token) return fail('invalid_request', 'token is required.');

      const revocation = state.grants.revoke(client.clientKey, form.token);
      if (revocation.outcome === 'expired') {
        return fail('invalid_request', 'The access token is expired; refresh it before revoking.');
      }
      if (revocation.outcome === 'revoked') {
        state.revocations.record({
          client_key: client.clientKey,
          open_id: revocation.openId,
          revoked_at: new Date(state.clock.now()).toISOString(),
        });
      }
      return sendOAuthSuccess(reply, {});
    },
  );
}
