import type { FastifyInstance } from 'fastify';
import { publicVideosOf } from '../../state/creator-catalog.js';
import type { SandboxRouteOptions } from '../route-options.js';

/** The seeded creators, so that tests know whom to sign in as and what to expect. */
export async function adminCreatorsRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  app.get('/sandbox/creators', async () => ({
    creators: state.catalog.creators.map((creator, index) => ({
      position: index + 1,
      open_id: creator.openId,
      username: creator.username,
      display_name: creator.displayName,
      video_count: publicVideosOf(creator).length,
    })),
  }));

  app.get<{ Params: { login: string } }>(
    '/sandbox/creators/:login/videos',
    async (request, reply) => {
      const creator = state.catalog.find(request.params.login);
      if (!creator) return reply.code(404).send({ error: 'unknown_creator' });
      return {
        video_ids: publicVideosOf(creator).map((video) => video.id),
      };
    },
  );
}
