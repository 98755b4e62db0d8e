import type { FastifyInstance } from 'fastify';
import type { SandboxRouteOptions } from '../routes/route-options.js';
import { instagramAdminRoutes } from './routes/instagram-admin.routes.js';
import { instagramAuthorizeRoutes } from './routes/instagram-authorize.routes.js';
import { instagramCodeExchangeRoutes } from './routes/instagram-code-exchange.routes.js';
import { instagramInsightsRoutes } from './routes/instagram-insights.routes.js';
import { instagramLongLivedRoutes } from './routes/instagram-long-lived.routes.js';
import { instagramMediaRoutes } from './routes/instagram-media.routes.js';
import { instagramMeRoutes } from './routes/instagram-me.routes.js';

/** Every Instagram route: consent page, code exchange, Graph API, admin. */
export async function instagramRoutes(
  app: FastifyInstance,
  options: SandboxRouteOptions,
): Promise<void> {
  for (const routes of [
    instagramAuthorizeRoutes,
    instagramCodeExchangeRoutes,
    instagramLongLivedRoutes,
    instagramMeRoutes,
    instagramMediaRoutes,
    instagramInsightsRoutes,
    instagramAdminRoutes,
  ]) {
    await app.register(routes, options);
  }
}
