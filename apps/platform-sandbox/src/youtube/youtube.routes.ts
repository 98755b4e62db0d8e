import type { FastifyInstance } from 'fastify';
import type { SandboxRouteOptions } from '../routes/route-options.js';
import { googleAuthorizeRoutes } from './routes/google-authorize.routes.js';
import { googleTokenRoutes } from './routes/google-token.routes.js';
import { youtubeAdminRoutes } from './routes/youtube-admin.routes.js';
import { youtubeChannelsRoutes } from './routes/youtube-channels.routes.js';
import { youtubePlaylistItemsRoutes } from './routes/youtube-playlist-items.routes.js';
import { youtubeVideosRoutes } from './routes/youtube-videos.routes.js';

/** Every Google/YouTube route: consent page, token and revocation, Data API, admin. */
export async function youtubeRoutes(
  app: FastifyInstance,
  options: SandboxRouteOptions,
): Promise<void> {
  for (const routes of [
    googleAuthorizeRoutes,
    googleTokenRoutes,
    youtubeChannelsRoutes,
    youtubePlaylistItemsRoutes,
    youtubeVideosRoutes,
    youtubeAdminRoutes,
  ]) {
    await app.register(routes, options);
  }
}
