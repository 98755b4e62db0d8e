import type { FastifyInstance } from 'fastify';
import { queryValue } from '../../http/query-value.js';
import { INSTAGRAM_ENDPOINTS } from '../../platforms/platform-endpoints.js';
import type { SandboxRouteOptions } from '../../routes/route-options.js';
import { graphCaller } from '../graph-caller.js';
import {
  MISSING_PERMISSION,
  NOT_ENOUGH_VIEWERS,
  sendGraphError,
  unsupportedGetRequest,
} from '../graph-errors.js';
import { insightMetricsParameter, insightNode } from '../insight-metrics.js';
import { hasEnoughViewers, mediaInsights } from '../media-insights.js';

const INSIGHTS_SCOPE = 'instagram_business_manage_insights';

/**
 * `graph.instagram.com/<version>/<media-id>/insights?metric=...`: lifetime
 * metrics of one of the token owner's media, `{data: [{name, period, values:
 * [{value}], title, description, id}]}` in the order asked. Needs
 * `instagram_business_manage_insights`; a media seen by too few people answers
 * `(#10) Not enough viewers`.
 */
export async function instagramInsightsRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  app.get<{ Params: { mediaId: string } }>(
    '/instagram-graph/:version/:mediaId/insights',
    { config: { platformEndpoint: INSTAGRAM_ENDPOINTS.mediaInsights } },
    async (request, reply) => {
      const caller = graphCaller(request, reply, state);
      if (!caller) return reply;
      const { mediaId } = request.params;
      const media = caller.account.media.find((item) => item.id === mediaId);
      if (!media) return sendGraphError(reply, unsupportedGetRequest(mediaId));
      if (!caller.scopes.includes(INSIGHTS_SCOPE)) return sendGraphError(reply, MISSING_PERMISSION);
      const metrics = insightMetricsParameter(queryValue(request.query, 'metric'));
      if (!metrics.ok) return sendGraphError(reply, metrics.error);
      const insights = mediaInsights(media);
      if (!hasEnoughViewers(insights)) return sendGraphError(reply, NOT_ENOUGH_VIEWERS);
      return {
        data: metrics.metrics.map((metric) => insightNode(media.id, metric, insights[metric])),
      };
    },
  );
}
