import type { FastifyInstance } from 'fastify';
import { videoListBodySchema } from '../display/request-bodies.js';
import { videoPage } from '../display/video-page.js';
import { readVideoRequest, videosAsAsked } from '../display/video-request.js';
import { sendDisplayData } from '../http/display-replies.js';
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
      const asked = readVideoRequest(request, reply, state, videoListBodySchema);
      if (!asked) return reply;
      const page = videoPage(asked.caller.creator, asked.body.cursor, asked.body.max_count);
      return sendDisplayData(request, reply, {
        videos: videosAsAsked(request, state, asked, page.videos),
        cursor: page.cursor,
        has_more: page.hasMore,
      });
    },
  );
}
