import type { FastifyInstance } from 'fastify';
import { readForm } from '../../http/raw-bodies.js';
import { INSTAGRAM_ENDPOINTS } from '../../platforms/platform-endpoints.js';
import type { SandboxRouteOptions } from '../../routes/route-options.js';
import { sendInstagramOAuthError } from '../graph-errors.js';

const REQUIRED = ['client_id', 'client_secret', 'grant_type', 'redirect_uri', 'code'] as const;

/**
 * `api.instagram.com/oauth/access_token`: the single-use code for a
 * short-lived token, `{"data": [{access_token, user_id, permissions}]}`.
 */
export async function instagramCodeExchangeRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  app.post(
    INSTAGRAM_ENDPOINTS.codeExchange,
    { config: { platformEndpoint: INSTAGRAM_ENDPOINTS.codeExchange } },
    async (request, reply) => {
      const form = readForm(request);
      if (!form) return sendInstagramOAuthError(reply, 'Missing required field client_id');
      const missing = REQUIRED.find((name) => !form[name]);
      if (missing) return sendInstagramOAuthError(reply, `Missing required field ${missing}`);
      const { settings, codes, tokens } = state.instagram;
      if (form.client_id !== settings.appId) {
        return sendInstagramOAuthError(reply, 'Invalid platform app');
      }
      if (form.client_secret !== settings.appSecret) {
        return sendInstagramOAuthError(reply, 'Error validating client secret.');
      }
      if (form.grant_type !== 'authorization_code') {
        return sendInstagramOAuthError(reply, 'Unsupported grant_type');
      }
      const redemption = codes.redeem(form.code ?? '');
      if (!redemption.ok) {
        return sendInstagramOAuthError(
          reply,
          redemption.reason === 'expired'
            ? 'This authorization code has expired.'
            : 'Matching code was not found or was already used',
        );
      }
      const { grant } = redemption;
      if (grant.redirectUri !== form.redirect_uri) {
        return sendInstagramOAuthError(
          reply,
          'Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request',
        );
      }
      const accessToken = tokens.issueShortLived(grant.accountId, grant.scopes);
      return reply.header('cache-control', 'no-store').send({
        data: [
          {
            access_token: accessToken,
            user_id: grant.accountId,
            permissions: grant.scopes.join(','),
          },
        ],
      });
    },
  );
}
