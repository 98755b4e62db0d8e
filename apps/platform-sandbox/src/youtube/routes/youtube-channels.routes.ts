import type { FastifyInstance } from 'fastify';
import { originOf } from '../../display/public-urls.js';
import { queryValue } from '../../http/query-value.js';
import { YOUTUBE_ENDPOINTS } from '../../platforms/platform-endpoints.js';
import type { SandboxRouteOptions } from '../../routes/route-options.js';
import type { SandboxState } from '../../state/sandbox-state.js';
import { dataApiCaller, type DataApiCaller } from '../data-api-caller.js';
import { idList, listResponse, requestedParts } from '../data-api-parameters.js';
import {
  AUTH_ERROR,
  badRequest,
  type GoogleApiError,
  sendGoogleApiError,
} from '../google-errors.js';
import type { YouTubeChannel } from '../youtube-channels.js';
import { CHANNEL_PARTS, channelResource } from '../youtube-resources.js';

const FILTERS = ['mine', 'forHandle', 'id', 'forUsername'] as const;

type Selection = { ok: true; channels: YouTubeChannel[] } | { ok: false; error: GoogleApiError };

function selectChannels(state: SandboxState, query: unknown, caller: DataApiCaller): Selection {
  const given = FILTERS.filter((filter) => queryValue(query, filter) !== undefined);
  if (given.length === 0) {
    return {
      ok: false,
      error: badRequest(
        'missingRequiredParameter',
        `No filter selected. Expected one of: ${FILTERS.join(', ')}`,
      ),
    };
  }
  if (given.length > 1) {
    return {
      ok: false,
      error: badRequest(
        'incompatibleParameters',
        `Incompatible parameters specified: ${given.join(', ')}`,
      ),
    };
  }
  const { catalog } = state.youtube;
  const value = queryValue(query, given[0] as string) ?? '';
  switch (given[0]) {
    case 'mine': {
      if (caller.kind !== 'oauth') return { ok: false, error: AUTH_ERROR };
      if (value !== 'true') return { ok: true, channels: [] };
      const mine = catalog.withId(caller.channelId);
      return { ok: true, channels: mine ? [mine] : [] };
    }
    case 'forHandle': {
      const handle = value.replace(/^@/, '').toLowerCase();
      const found = catalog.accounts.find((channel) => channel.username.toLowerCase() === handle);
      return { ok: true, channels: found ? [found] : [] };
    }
    case 'id': {
      const ids = idList(value);
      if (ids.length > 50) {
        return { ok: false, error: badRequest('invalidFilters', 'Too many ids: at most 50.') };
      }
      const channels = ids
        .map((id) => catalog.withId(id))
        .filter((channel): channel is YouTubeChannel => channel !== undefined);
      return { ok: true, channels };
    }
    default:
      // Legacy usernames do not exist in the sandbox.
      return { ok: true, channels: [] };
  }
}

/**
 * `GET /youtube/v3/channels?part=...&mine=true|forHandle=|id=` (1 unit). A
 * channel that does not exist leaves `items` out, as YouTube does.
 */
export async function youtubeChannelsRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  app.get(
    YOUTUBE_ENDPOINTS.channels,
    { config: { platformEndpoint: YOUTUBE_ENDPOINTS.channels } },
    async (request, reply) => {
      const caller = dataApiCaller(request, reply, state);
      if (!caller) return reply;
      const parts = requestedParts(request.query, CHANNEL_PARTS);
      if (!parts.ok) return sendGoogleApiError(reply, parts.error);
      const selection = selectChannels(state, request.query, caller);
      if (!selection.ok) return sendGoogleApiError(reply, selection.error);
      const origin = originOf(request);
      const items = selection.channels.map((channel) =>
        channelResource(channel, parts.parts, origin),
      );
      return listResponse('youtube#channelListResponse', items, {
        totalResults: items.length,
        resultsPerPage: 5,
      });
    },
  );
}
