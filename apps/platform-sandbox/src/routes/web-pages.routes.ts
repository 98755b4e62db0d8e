import type { FastifyInstance } from 'fastify';
import { errorPage } from '../consent/error-page.js';
import { escapeHtml } from '@tally/nest-kit';
import { htmlPage } from '../consent/html.js';
import type { SandboxRouteOptions } from './route-options.js';

/** The pages behind `profile_deep_link`, `share_url` and `embed_link`, so that those links open. */
export async function webPagesRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  app.get<{ Params: { handle: string } }>('/:handle', async (request, reply) => {
    const creator = request.params.handle.startsWith('@')
      ? state.catalog.find(request.params.handle)
      : undefined;
    if (!creator) return reply.code(404).type('text/html').send(errorPage('Not found', ''));
    const body = `<h1>${escapeHtml(creator.displayName)}</h1><p>@${escapeHtml(creator.username)}</p><p>${escapeHtml(creator.bio)}</p>`;
    return reply.type('text/html').send(htmlPage(`@${creator.username}`, body));
  });

  app.get<{ Params: { handle: string; videoId: string } }>(
    '/:handle/video/:videoId',
    async (request, reply) => {
      const creator = state.catalog.find(request.params.handle);
      const video = creator && state.catalog.publicVideo(creator, request.params.videoId);
      if (!creator || !video)
        return reply.code(404).type('text/html').send(errorPage('Not found', ''));
      const body = `<h1>${escapeHtml(video.title)}</h1><p>@${escapeHtml(creator.username)}</p><p>${escapeHtml(video.description)}</p>`;
      return reply.type('text/html').send(htmlPage(video.title, body));
    },
  );

  app.get<{ Params: { videoId: string } }>('/player/v1/:videoId', async (request, reply) => {
    const creator = state.catalog.creators.find((each) =>
      state.catalog.publicVideo(each, request.params.videoId),
    );
    const video = creator && state.catalog.publicVideo(creator, request.params.videoId);
    if (!video) return reply.code(404).type('text/html').send(errorPage('Not found', ''));
    return reply
      .type('text/html')
      .send(htmlPage(video.title, `<p>▶ ${escapeHtml(video.title)}</p>`));
  });
}
