import type { FastifyInstance, FastifyRequest } from 'fastify';
import { originOf } from '../../display/public-urls.js';
import { queryValue } from '../../http/query-value.js';
import { INSTAGRAM_ENDPOINTS } from '../../platforms/platform-endpoints.js';
import type { SandboxRouteOptions } from '../../routes/route-options.js';
import { graphCaller } from '../graph-caller.js';
import { invalidParameter, sendGraphError } from '../graph-errors.js';
import { graphFields, graphNode } from '../graph-fields.js';
import { MEDIA_FIELDS, mediaValues } from '../instagram-values.js';
import { cursorOf, mediaWindow } from '../media-cursors.js';

const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;

function pageUrl(request: FastifyRequest, cursor: Record<string, string>): string {
  const url = new URL(request.url, originOf(request));
  url.searchParams.delete('after');
  url.searchParams.delete('before');
  for (const [name, value] of Object.entries(cursor)) url.searchParams.set(name, value);
  return url.toString();
}

/**
 * `graph.instagram.com/<version>/me/media?fields&limit&after|before`: newest
 * first, cursor pages `{data, paging: {cursors: {before, after}, next?, previous?}}`.
 */
export async function instagramMediaRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  app.get(
    '/instagram-graph/:version/me/media',
    { config: { platformEndpoint: INSTAGRAM_ENDPOINTS.media } },
    async (request, reply) => {
      const caller = graphCaller(request, reply, state);
      if (!caller) return reply;
      const fields = graphFields(queryValue(request.query, 'fields'), MEDIA_FIELDS, 'Media');
      if (!fields.ok) return sendGraphError(reply, fields.error);
      const rawLimit = queryValue(request.query, 'limit');
      const limit = rawLimit === undefined ? DEFAULT_LIMIT : Number(rawLimit);
      if (!Number.isInteger(limit) || limit < 1) {
        return sendGraphError(reply, invalidParameter('(#100) The parameter limit is invalid.'));
      }
      const { media } = caller.account;
      const window = mediaWindow(
        media,
        Math.min(limit, MAX_LIMIT),
        queryValue(request.query, 'after'),
        queryValue(request.query, 'before'),
      );
      if (!window) return sendGraphError(reply, invalidParameter('(#100) Invalid cursor.'));
      const page = media.slice(window.start, window.end);
      const origin = originOf(request);
      const data = page.map((item) =>
        graphNode(mediaValues(caller.account, item, origin), fields.fields),
      );
      const first = page[0];
      const last = page[page.length - 1];
      if (!first || !last) return { data };
      const cursors = { before: cursorOf(first), after: cursorOf(last) };
      return {
        data,
        paging: {
          cursors,
          ...(window.start > 0 ? { previous: pageUrl(request, { before: cursors.before }) } : {}),
          ...(window.end < media.length
            ? { next: pageUrl(request, { after: cursors.after }) }
            : {}),
        },
      };
    },
  );
}
