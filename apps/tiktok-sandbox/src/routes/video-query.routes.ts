import type { FastifyInstance } from 'fastify';
import { displayCaller } from '../display/display-caller.js';
import { originOf } from '../display/public-urls.js';
import { pickFields, requestedFields } from '../display/requested-fields.js';
import { VIDEO_FIELDS, videoFieldValues } from '../display/video-fields.js';
import { firstProblem, videoQueryBodySchema } from '../display/request-bodies.js';
import { sendDisplayData, sendDisplayError } from '../http/display-replies.js';
import { queryValue } from '../http/query-value.js';
import { readJson } from '../http/raw-bodies.js';
import type { SandboxVideo } from '../state/seed-creators.js';
import { TIKTOK_PATHS } from '../tiktok-endpoints.js';
import type { SandboxRouteOptions } from './route-options.js';

/**
 * `POST /v2/video/query/?fields=...` with `{filters: {video_ids}}` (1 to 20):
 * the caller's public videos among them, in the order asked; other ids are
 * left out silently.
 */
export async function videoQueryRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  app.post(
    TIKTOK_PATHS.videoQuery,
    { config: { tiktokPath: TIKTOK_PATHS.videoQuery } },
    async (request, reply) => {
      const caller = displayCaller(request, reply, state, 'video.list');
      if (!caller) return reply;
      const fields = requestedFields(queryValue(request.query, 'fields'), VIDEO_FIELDS);
      if (!fields.ok) return sendDisplayError(request, reply, 'invalid_params', fields.problem);
      const json = readJson(request);
      if (!json.ok) return sendDisplayError(request, reply, 'invalid_params', json.problem);
      const body = videoQueryBodySchema.safeParse(json.value);
      if (!body.success)
        return sendDisplayError(request, reply, 'invalid_params', firstProblem(body.error));

      const videos = body.data.filters.video_ids
        .map((id) => state.catalog.publicVideo(caller.creator, id))
        .filter((video): video is SandboxVideo => video !== undefined);
      const links = {
        origin: originOf(request),
        clientKey: caller.grant.clientKey,
        nowSeconds: state.clock.nowSeconds(),
      };
      return sendDisplayData(request, reply, {
        videos: videos.map((video) =>
          pickFields(videoFieldValues(caller.creator, video, links), fields.fields),
        ),
        cursor: 0,
        has_more: false,
      });
    },
  );
}
