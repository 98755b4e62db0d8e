import type { FastifyInstance } from 'fastify';
import { originOf } from '../../display/public-urls.js';
import { queryValue } from '../../http/query-value.js';
import { INSTAGRAM_ENDPOINTS } from '../../platforms/platform-endpoints.js';
import type { SandboxRouteOptions } from '../../routes/route-options.js';
import { graphCaller } from '../graph-caller.js';
import { sendGraphError } from '../graph-errors.js';
import { graphFields, graphNode } from '../graph-fields.js';
import { USER_FIELDS, userValues } from '../instagram-values.js';

/** `graph.instagram.com/<version>/me?fields=...`: the professional account of the token. */
export async function instagramMeRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  app.get(
    '/instagram-graph/:version/me',
    { config: { platformEndpoint: INSTAGRAM_ENDPOINTS.me } },
    async (request, reply) => {
      const caller = graphCaller(request, reply, state);
      if (!caller) return reply;
      const fields = graphFields(queryValue(request.query, 'fields'), USER_FIELDS, 'User');
      if (!fields.ok) return sendGraphError(reply, fields.error);
      return graphNode(userValues(caller.account, originOf(request)), fields.fields);
    },
  );
}
