import type { FastifyInstance } from 'fastify';
import { coverSignature } from '../display/public-urls.js';
import { queryValue } from '../http/query-value.js';
import { placeholderSvg } from './placeholder-image.js';
import type { SandboxRouteOptions } from './route-options.js';

/**
 * Images behind the avatar and cover links. Cover links carry `x-expires` and
 * `x-signature` and are refused (403) once expired, as TikTok's CDN does.
 */
export async function cdnRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  app.get<{ Params: { openId: string } }>(
    '/sandbox/cdn/avatars/:openId',
    async (request, reply) => {
      const creator = state.catalog.withOpenId(request.params.openId);
      if (!creator) return reply.code(404).send();
      const size = Math.min(1080, Math.max(16, Number(queryValue(request.query, 'size')) || 168));
      const initials = creator.displayName.slice(0, 1).toUpperCase();
      return reply.type('image/svg+xml').send(placeholderSvg(initials, creator.openId, size, size));
    },
  );

  app.get<{ Params: { videoId: string } }>(
    '/sandbox/cdn/covers/:videoId',
    async (request, reply) => {
      const expires = Number(queryValue(request.query, 'x-expires'));
      const signature = queryValue(request.query, 'x-signature');
      const { videoId } = request.params;
      if (!Number.isInteger(expires) || signature !== coverSignature(videoId, expires)) {
        return reply.code(403).send();
      }
      if (expires <= state.clock.nowSeconds()) return reply.code(403).send();
      return reply.type('image/svg+xml').send(placeholderSvg('▶', videoId, 540, 960));
    },
  );
}
