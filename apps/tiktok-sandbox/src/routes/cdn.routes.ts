import type { FastifyInstance } from 'fastify';
import { escapeHtml } from '@tally/nest-kit';
import { coverSignature } from '../display/public-urls.js';
import { queryValue } from '../http/query-value.js';
import type { SandboxRouteOptions } from './route-options.js';

const COLORS = ['#fe2c55', '#25f4ee', '#7c3aed', '#f59e0b', '#10b981'];

function placeholder(label: string, seed: string, width: number, height: number): string {
  const color =
    COLORS[[...seed].reduce((sum, character) => sum + character.charCodeAt(0), 0) % COLORS.length];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="${color}"/><text x="50%" y="50%" dominant-baseline="middle" text-anchor="middle" font-family="sans-serif" font-size="${Math.round(width / 8)}" fill="#fff">${escapeHtml(label)}</text></svg>`;
}

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
      return reply.type('image/svg+xml').send(placeholder(initials, creator.openId, size, size));
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
      return reply.type('image/svg+xml').send(placeholder('▶', videoId, 540, 960));
    },
  );
}
