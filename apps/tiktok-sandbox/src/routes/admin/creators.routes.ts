import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { publicVideosOf } from '../../state/creator-catalog.js';
import type { SandboxCreator } from '../../state/seed-creators.js';
import { madeUpCreator } from '../../state/seed-creators.js';
import type { SandboxRouteOptions } from '../route-options.js';
import { jsonBodyOf, sendAdminValidationError } from './admin-errors.js';

const newCreatorSchema = z.object({
  username: z
    .string()
    .regex(/^[a-z0-9._]{2,24}$/, 'lowercase letters, digits, "." and "_", 2 to 24'),
  videos: z.number().int().min(0).max(500).default(20),
});

const viewOf = (creator: SandboxCreator, position: number) => ({
  position,
  open_id: creator.openId,
  username: creator.username,
  display_name: creator.displayName,
  video_count: publicVideosOf(creator).length,
});

/** The seeded creators, so that tests know whom to sign in as and what to expect. */
export async function adminCreatorsRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  app.get('/sandbox/creators', async () => ({
    creators: state.catalog.creators.map((creator, index) => viewOf(creator, index + 1)),
  }));

  // One more creator who can sign in, e.g. one per test so that tests never share a TikTok user.
  app.post('/sandbox/creators', async (request, reply) => {
    const parsed = newCreatorSchema.safeParse(jsonBodyOf(request.body));
    if (!parsed.success) return sendAdminValidationError(reply, parsed.error);
    const creator = madeUpCreator(parsed.data.username, parsed.data.videos);
    if (!state.catalog.add(creator)) return reply.code(409).send({ error: 'creator_exists' });
    return reply.code(201).send(viewOf(creator, state.catalog.creators.length));
  });

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
