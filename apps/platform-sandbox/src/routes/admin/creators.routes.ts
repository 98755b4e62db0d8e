import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { queryValue } from '../../http/query-value.js';
import {
  addInstagramCreator,
  instagramMediaIds,
  listInstagramCreators,
} from '../../instagram/instagram-admin-views.js';
import { publicVideosOf } from '../../state/creator-catalog.js';
import type { SandboxCreator } from '../../state/seed-creators.js';
import { madeUpCreator } from '../../state/seed-creators.js';
import {
  addYouTubeCreator,
  listYouTubeCreators,
  youtubeVideoIds,
} from '../../youtube/youtube-admin-views.js';
import type { SandboxRouteOptions } from '../route-options.js';
import { jsonBodyOf, sendAdminValidationError } from './admin-errors.js';

const platformSchema = z.enum(['tiktok', 'instagram', 'youtube']).default('tiktok');

const newCreatorSchema = z.object({
  platform: platformSchema,
  username: z
    .string()
    .regex(/^[a-z0-9._]{2,24}$/, 'lowercase letters, digits, "." and "_", 2 to 24'),
  videos: z.number().int().min(0).max(500).optional(),
  /** Instagram's word for videos; either names how many the account gets. */
  media: z.number().int().min(0).max(500).optional(),
});

const viewOf = (creator: SandboxCreator, position: number) => ({
  position,
  open_id: creator.openId,
  username: creator.username,
  display_name: creator.displayName,
  video_count: publicVideosOf(creator).length,
});

/**
 * The seeded creators of each platform (`?platform=instagram|youtube`, TikTok
 * by default), so that tests know whom to sign in as and what to expect.
 */
export async function adminCreatorsRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  app.get('/sandbox/creators', async (request, reply) => {
    const platform = platformSchema.safeParse(queryValue(request.query, 'platform'));
    if (!platform.success) return sendAdminValidationError(reply, platform.error);
    if (platform.data === 'instagram') return { creators: listInstagramCreators(state) };
    if (platform.data === 'youtube') return { creators: listYouTubeCreators(state) };
    return {
      creators: state.catalog.creators.map((creator, index) => viewOf(creator, index + 1)),
    };
  });
  // One more creator who can sign in, e.g. one per test so that tests never share a user.
  app.post('/sandbox/creators', async (request, reply) => {
    const parsed = newCreatorSchema.safeParse(jsonBodyOf(request.body));
    if (!parsed.success) return sendAdminValidationError(reply, parsed.error);
    const { platform, username } = parsed.data;
    const count = parsed.data.media ?? parsed.data.videos ?? 20;
    if (platform !== 'tiktok') {
      const added =
        platform === 'instagram'
          ? addInstagramCreator(state, username, count)
          : addYouTubeCreator(state, username, count);
      if (!added) return reply.code(409).send({ error: 'creator_exists' });
      return reply.code(201).send(added);
    }
    const creator = madeUpCreator(username, count);
    if (!state.catalog.add(creator)) return reply.code(409).send({ error: 'creator_exists' });
    return reply.code(201).send(viewOf(creator, state.catalog.creators.length));
  });
  app.get<{ Params: { login: string } }>(
    '/sandbox/creators/:login/videos',
    async (request, reply) => {
      const platform = queryValue(request.query, 'platform') ?? 'tiktok';
      if (platform === 'instagram' || platform === 'youtube') {
        const ids =
          platform === 'instagram'
            ? instagramMediaIds(state, request.params.login)
            : youtubeVideoIds(state, request.params.login);
        if (!ids) return reply.code(404).send({ error: 'unknown_creator' });
        return { video_ids: ids };
      }
      const creator = state.catalog.find(request.params.login);
      if (!creator) return reply.code(404).send({ error: 'unknown_creator' });
      return {
        video_ids: publicVideosOf(creator).map((video) => video.id),
      };
    },
  );
}
