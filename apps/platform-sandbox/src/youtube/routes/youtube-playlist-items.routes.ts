import type { FastifyInstance } from 'fastify';
import { originOf } from '../../display/public-urls.js';
import { queryValue } from '../../http/query-value.js';
import { YOUTUBE_ENDPOINTS } from '../../platforms/platform-endpoints.js';
import type { SandboxRouteOptions } from '../../routes/route-options.js';
import { dataApiCaller } from '../data-api-caller.js';
import { listResponse, maxResults, requestedParts } from '../data-api-parameters.js';
import { badRequest, sendGoogleApiError } from '../google-errors.js';
import { offsetOfPageToken, pageTokenOf } from '../page-tokens.js';
import { uploadsPlaylistOf } from '../youtube-channels.js';
import { PLAYLIST_ITEM_PARTS, playlistItemResource } from '../youtube-resources.js';

/**
 * `GET /youtube/v3/playlistItems?part&playlistId&maxResults&pageToken` (1
 * unit): a channel's uploads playlist, newest first, `nextPageToken` until the
 * last page.
 */
export async function youtubePlaylistItemsRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  app.get(
    YOUTUBE_ENDPOINTS.playlistItems,
    { config: { platformEndpoint: YOUTUBE_ENDPOINTS.playlistItems } },
    async (request, reply) => {
      const caller = dataApiCaller(request, reply, state);
      if (!caller) return reply;
      const parts = requestedParts(request.query, PLAYLIST_ITEM_PARTS);
      if (!parts.ok) return sendGoogleApiError(reply, parts.error);
      const playlistId = queryValue(request.query, 'playlistId');
      if (!playlistId) {
        return sendGoogleApiError(
          reply,
          badRequest(
            'missingRequiredParameter',
            'No filter selected. Expected one of: id, playlistId',
          ),
        );
      }
      const limit = maxResults(request.query);
      if (typeof limit !== 'number') return sendGoogleApiError(reply, limit);
      const channel = state.youtube.catalog.accounts.find(
        (candidate) => uploadsPlaylistOf(candidate) === playlistId,
      );
      if (!channel) {
        return sendGoogleApiError(reply, {
          status: 404,
          reason: 'playlistNotFound',
          domain: 'youtube.playlistItem',
          message:
            "The playlist identified with the request's <code>playlistId</code> parameter cannot be found.",
        });
      }
      const pageToken = queryValue(request.query, 'pageToken');
      const offset = pageToken === undefined ? 0 : offsetOfPageToken(pageToken);
      if (offset === undefined || offset > channel.videos.length) {
        return sendGoogleApiError(
          reply,
          badRequest(
            'invalidPageToken',
            "The request's <code>pageToken</code> parameter is invalid.",
          ),
        );
      }
      const origin = originOf(request);
      const end = Math.min(channel.videos.length, offset + limit);
      const items = channel.videos
        .slice(offset, end)
        .map((video, index) =>
          playlistItemResource(channel, video, offset + index, parts.parts, origin),
        );
      return listResponse(
        'youtube#playlistItemListResponse',
        items,
        { totalResults: channel.videos.length, resultsPerPage: limit },
        {
          ...(end < channel.videos.length && limit > 0 ? { nextPageToken: pageTokenOf(end) } : {}),
          ...(offset > 0 ? { prevPageToken: pageTokenOf(Math.max(0, offset - limit)) } : {}),
        },
      );
    },
  );
}
