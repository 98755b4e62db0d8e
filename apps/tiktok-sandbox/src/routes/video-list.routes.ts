import type { FastifyInstance } from 'fastify';
import { displayCaller } from '../display/display-caller.js';
import { originOf } from '../display/public-urls.js';
import { pickFields, requestedFields } from '../display/requested-fields.js';
import { VIDEO_FIELDS, videoFieldValues } from '../display/video-fields.js';
import { firstProblem, videoListBodySchema } from '../display/request-bodies.js';
import { videoPage } from '../display/video-page.js';
import { sendDisplayData, sendDisplayError } from '../http/display-replies.js';
import { queryValue } from '../http/query-value.js';
import { readJson } from '../http/raw-bodies.js';
import { TIKTOK_PATHS } from '../tiktok-endpoints.js';
import type { SandboxRouteOptions } from './route-options.js';

/** `POST /v2/video/list/?fields=...` with `{cursor?, max_count?}`: a page of public videos, newest first. */
export async function videoListRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  app.post(
    TIKTOK_PATHS.videoList,
    { config: { tiktokPath: TIKTOK_PATHS.videoList } },
    async (request, reply) => {
      const caller = displayCaller(request, reply, state, 'video.list');
      if (!caller) return reply;
      const fields = requestedFields(queryValue(request.query, 'fields'), VIDEO_FIELDS);
      if (!fields.ok) return sendDisplayError(request, reply, 'invalid_params', fields.problem);
      const json = readJson(request);
      if (!json.ok) return sendDisplayError(request, reply, 'invalid_params', json.problem);
      const body = videoListBodySchema.safeParse(json.value);
      if (!body.success)
        return sendDisplayError(request, reply, 'invalid_params', firstProblem(body.error));

      const page = videoPage(caller.creator, body.data.cursor, body.data.max_count);
      const links = {
        origin: originOf(request),
        clientKey: caller.grant.clientKey,
        nowSeconds: state.clock.nowSeconds(),
      };
      return sendDisplayData(request, reply, {
        videos: page.videos.map((video) =>
          pickFields(videoFieldValues(caller.creator, video, links), fields.fields),
        ),
        cursor: page.cursor,
        has_more: page.hasMore,
      });
    },
  );
}
