import type { FastifyInstance } from 'fastify';
import { videoQueryBodySchema } from '../display/request-bodies.js';
import { readVideoRequest, videosAsAsked } from '../display/video-request.js';
import { sendDisplayData } from '../http/display-replies.js';
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
      const asked = readVideoRequest(request, reply, state, videoQueryBodySchema);
      if (!asked) return reply;
      const videos = asked.body.filters.video_ids
        .map((id) => state.catalog.publicVideo(asked.caller.creator, id))
        .filter((video): video is SandboxVideo => video !== undefined);
      return sendDisplayData(request, reply, {
        videos: videosAsAsked(request, state, asked, videos),
        cursor: 0,
        has_more: false,
      });
    },
  );
}
