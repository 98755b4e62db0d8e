import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { jsonBodyOf, sendAdminValidationError } from '../../routes/admin/admin-errors.js';
import { placeholderSvg } from '../../routes/placeholder-image.js';
import type { SandboxRouteOptions } from '../../routes/route-options.js';

const settingsPatchSchema = z
  .object({
    redirectUris: z.array(z.url()).min(1),
    codeTtlSeconds: z.number().int().positive(),
    accessTokenTtlSeconds: z.number().int().positive(),
    dailyQuotaUnits: z.number().int().positive(),
  })
  .partial()
  .strict();

/**
 * Google/YouTube's admin surface: `GET`/`PATCH /sandbox/settings/youtube`
 * (secrets hidden), `GET /sandbox/quota/youtube` (units spent today and the
 * next reset), `GET /sandbox/revocations/youtube`, and the thumbnails.
 */
export async function youtubeAdminRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  const visible = () => {
    const { clientSecret: _secret, apiKey: _key, ...settings } = state.youtube.settings;
    return settings;
  };
  app.get('/sandbox/settings/youtube', async () => visible());
  app.patch('/sandbox/settings/youtube', async (request, reply) => {
    const patch = settingsPatchSchema.safeParse(jsonBodyOf(request.body));
    if (!patch.success) return sendAdminValidationError(reply, patch.error);
    Object.assign(state.youtube.settings, patch.data);
    return visible();
  });
  app.get('/sandbox/quota/youtube', async () => state.youtube.quota.use());
  app.get('/sandbox/revocations/youtube', async () => ({
    revocations: state.youtube.revocations,
  }));
  app.get<{ Params: { id: string; size: string } }>(
    '/sandbox/cdn/youtube/:id/:size',
    async (request, reply) =>
      reply.type('image/svg+xml').send(placeholderSvg('▶', request.params.id, 480, 360)),
  );
}
