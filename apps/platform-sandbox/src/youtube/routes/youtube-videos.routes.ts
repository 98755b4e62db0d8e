import type { FastifyInstance } from 'fastify';
import { originOf } from '../../display/public-urls.js';
import { queryValue } from '../../http/query-value.js';
import { YOUTUBE_ENDPOINTS } from '../../platforms/platform-endpoints.js';
import type { SandboxRouteOptions } from '../../routes/route-options.js';
import { dataApiCaller } from '../data-api-caller.js';
import { idList, listResponse, requestedParts } from '../data-api-parameters.js';
import { badRequest, sendGoogleApiError } from '../google-errors.js';
import { VIDEO_PARTS, videoResource } from '../youtube-resources.js';

const MAX_IDS = 50;

/** `GET /youtube/v3/videos?part&id=a,b,c` (1 unit, at most 50 ids): unknown ids are left out. */
export async function youtubeVideosRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  app.get(
    YOUTUBE_ENDPOINTS.videos,
    { config: { platformEndpoint: YOUTUBE_ENDPOINTS.videos } },
    async (request, reply) => {
      const caller = dataApiCaller(request, reply, state);
      if (!caller) return reply;
      const parts = requestedParts(request.query, VIDEO_PARTS);
      if (!parts.ok) return sendGoogleApiError(reply, parts.error);
      const ids = idList(queryValue(request.query, 'id'));
      if (ids.length === 0) {
        return sendGoogleApiError(
          reply,
          badRequest(
            'missingRequiredParameter',
            'No filter selected. Expected one of: id, chart, myRating',
          ),
        );
      }
      if (ids.length > MAX_IDS) {
        return sendGoogleApiError(
          reply,
          badRequest('invalidFilters', `The request specifies more than ${MAX_IDS} video ids.`),
        );
      }
      const origin = originOf(request);
      const items = ids.flatMap((id) => {
        for (const channel of state.youtube.catalog.accounts) {
          const video = channel.videos.find((candidate) => candidate.id === id);
          if (video) return [videoResource(channel, video, parts.parts, origin)];
        }
        return [];
      });
      return listResponse('youtube#videoListResponse', items, {
        totalResults: items.length,
        resultsPerPage: items.length,
      });
    },
  );
}
