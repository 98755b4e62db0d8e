import type { FastifyInstance, FastifyReply } from 'fastify';
import { queryValue } from '../../http/query-value.js';
import { INSTAGRAM_ENDPOINTS } from '../../platforms/platform-endpoints.js';
import type { SandboxRouteOptions } from '../../routes/route-options.js';
import type { SandboxState } from '../../state/sandbox-state.js';
import {
  expiredToken,
  INVALID_TOKEN,
  invalidParameter,
  MISSING_TOKEN,
  sendGraphError,
} from '../graph-errors.js';
import { graphAccessToken } from '../graph-token.js';
import type { LongLivedOutcome } from '../instagram-tokens.js';

const REFUSALS = {
  not_short_lived: 'The access token is not a short-lived Instagram User access token.',
  not_long_lived: 'The access token is not a long-lived Instagram User access token.',
  too_young: 'The access token must be at least 24 hours old to be refreshed.',
} as const;

function answer(
  reply: FastifyReply,
  state: SandboxState,
  accessToken: string,
  outcome: LongLivedOutcome,
) {
  if (outcome.ok) {
    return reply.header('cache-control', 'no-store').send({
      access_token: outcome.accessToken,
      token_type: 'bearer',
      expires_in: outcome.expiresIn,
    });
  }
  if (outcome.reason === 'unknown') return sendGraphError(reply, INVALID_TOKEN);
  if (outcome.reason === 'expired') {
    const check = state.instagram.tokens.check(accessToken);
    const expiresAt = !check.ok && check.expiresAt ? check.expiresAt : state.clock.now();
    return sendGraphError(reply, expiredToken(expiresAt, state.clock.now()));
  }
  return sendGraphError(reply, invalidParameter(REFUSALS[outcome.reason]));
}

/**
 * `graph.instagram.com/access_token` (short-lived for long-lived, with the app
 * secret) and `/refresh_access_token` (a long-lived token at least 24 hours
 * old and not expired, for a new 60-day one). Both with or without a version.
 */
export async function instagramLongLivedRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  const exchangeConfig = { platformEndpoint: INSTAGRAM_ENDPOINTS.longLivedExchange };
  for (const url of ['/instagram-graph/access_token', '/instagram-graph/:version/access_token']) {
    app.get(url, { config: exchangeConfig }, async (request, reply) => {
      if (queryValue(request.query, 'grant_type') !== 'ig_exchange_token') {
        return sendGraphError(reply, invalidParameter('Unsupported grant_type'));
      }
      if (queryValue(request.query, 'client_secret') !== state.instagram.settings.appSecret) {
        return sendGraphError(reply, {
          status: 400,
          code: 101,
          message: 'Error validating client secret.',
        });
      }
      const accessToken = graphAccessToken(request);
      if (!accessToken) return sendGraphError(reply, MISSING_TOKEN);
      return answer(
        reply,
        state,
        accessToken,
        state.instagram.tokens.exchangeForLongLived(accessToken),
      );
    });
  }
  const refreshConfig = { platformEndpoint: INSTAGRAM_ENDPOINTS.refresh };
  for (const url of [
    '/instagram-graph/refresh_access_token',
    '/instagram-graph/:version/refresh_access_token',
  ]) {
    app.get(url, { config: refreshConfig }, async (request, reply) => {
      if (queryValue(request.query, 'grant_type') !== 'ig_refresh_token') {
        return sendGraphError(reply, invalidParameter('Unsupported grant_type'));
      }
      const accessToken = graphAccessToken(request);
      if (!accessToken) return sendGraphError(reply, MISSING_TOKEN);
      return answer(reply, state, accessToken, state.instagram.tokens.refresh(accessToken));
    });
  }
}
