import Fastify, { type FastifyInstance } from 'fastify';
import type { InstagramSettings, YouTubeSettings } from './config/platform-settings.js';
import { defaultInstagramSettings, defaultYouTubeSettings } from './config/platforms.config.js';
import { defaultSandboxSettings } from './config/sandbox.config.js';
import type { SandboxSettings } from './config/sandbox-settings.js';
import { installEndpointHooks } from './http/endpoint-hooks.js';
import { acceptRawBodies } from './http/raw-bodies.js';
import { instagramRoutes } from './instagram/instagram.routes.js';
import { installPlatformEndpointHooks } from './platforms/platform-endpoint-hooks.js';
import { adminClockRoutes } from './routes/admin/clock.routes.js';
import { adminCreatorsRoutes } from './routes/admin/creators.routes.js';
import { adminFaultsRoutes } from './routes/admin/faults.routes.js';
import { adminSettingsRoutes } from './routes/admin/settings.routes.js';
import { adminStatsRoutes } from './routes/admin/stats.routes.js';
import { authorizeRoutes } from './routes/authorize.routes.js';
import { cdnRoutes } from './routes/cdn.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { metricsRoutes } from './routes/metrics.routes.js';
import { revokeRoutes } from './routes/revoke.routes.js';
import { tokenRoutes } from './routes/token.routes.js';
import { userInfoRoutes } from './routes/user-info.routes.js';
import { videoListRoutes } from './routes/video-list.routes.js';
import { videoQueryRoutes } from './routes/video-query.routes.js';
import { webPagesRoutes } from './routes/web-pages.routes.js';
import { SandboxClock } from './state/sandbox-clock.js';
import { SandboxState } from './state/sandbox-state.js';
import { youtubeRoutes } from './youtube/youtube.routes.js';

export interface SandboxOptions {
  /** Overrides of the settings an empty environment gives. */
  settings?: Partial<SandboxSettings>;
  /** Overrides of how Instagram and Google/YouTube are played. */
  instagram?: Partial<InstagramSettings>;
  youtube?: Partial<YouTubeSettings>;
  clock?: SandboxClock;
}

/**
 * The platform sandbox: an HTTP server that answers as TikTok's public v2 API
 * does (the consent page of www.tiktok.com and the APIs of open.tiktokapis.com),
 * and as Instagram's and Google/YouTube's do under path prefixes standing for
 * their hosts (`/instagram-graph`, `/youtube-api`, ...), all on one port;
 * `/sandbox/*` is its own admin surface.
 */
export async function buildSandbox(options: SandboxOptions = {}): Promise<FastifyInstance> {
  const settings = { ...defaultSandboxSettings(), ...options.settings };
  const state = new SandboxState(settings, options.clock ?? new SandboxClock(), {
    instagram: { ...defaultInstagramSettings(), ...options.instagram },
    youtube: { ...defaultYouTubeSettings(), ...options.youtube },
  });
  const app = Fastify({ logger: false });
  acceptRawBodies(app);
  installEndpointHooks(app, state);
  installPlatformEndpointHooks(app, state);

  await app.register(healthRoutes);
  for (const routes of [
    authorizeRoutes,
    tokenRoutes,
    revokeRoutes,
    userInfoRoutes,
    videoListRoutes,
    videoQueryRoutes,
    cdnRoutes,
    webPagesRoutes,
    adminCreatorsRoutes,
    adminFaultsRoutes,
    adminStatsRoutes,
    adminClockRoutes,
    adminSettingsRoutes,
    metricsRoutes,
    instagramRoutes,
    youtubeRoutes,
  ]) {
    await app.register(routes, { state });
  }
  return app;
}
