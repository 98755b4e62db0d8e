import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { jsonBodyOf, sendAdminValidationError } from '../../routes/admin/admin-errors.js';
import { placeholderSvg } from '../../routes/placeholder-image.js';
import type { SandboxRouteOptions } from '../../routes/route-options.js';

const settingsPatchSchema = z
  .object({
    redirectUris: z.array(z.url()).min(1),
    codeTtlSeconds: z.number().int().positive(),
    shortLivedTokenTtlSeconds: z.number().int().positive(),
    longLivedTokenTtlSeconds: z.number().int().positive(),
    callsPerUserPerHour: z.number().int().positive(),
    userLimitErrorCode: z.union([z.literal(17), z.literal(80002)]),
  })
  .partial()
  .strict();

/**
 * Instagram's admin surface: `GET`/`PATCH /sandbox/settings/instagram` (the
 * app secret stays hidden) and the images behind avatar and media links.
 */
export async function instagramAdminRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  const visible = () => {
    const { appSecret: _secret, ...settings } = state.instagram.settings;
    return settings;
  };
  app.get('/sandbox/settings/instagram', async () => visible());
  app.patch('/sandbox/settings/instagram', async (request, reply) => {
    const patch = settingsPatchSchema.safeParse(jsonBodyOf(request.body));
    if (!patch.success) return sendAdminValidationError(reply, patch.error);
    Object.assign(state.instagram.settings, patch.data);
    return visible();
  });
  app.get<{ Params: { kind: string; id: string } }>(
    '/sandbox/cdn/instagram/:kind/:id',
    async (request, reply) => {
      const { kind, id } = request.params;
      if (kind !== 'avatars' && kind !== 'media') return reply.code(404).send();
      const size = kind === 'avatars' ? 320 : 1080;
      return reply.type('image/svg+xml').send(placeholderSvg('◎', id, size, size));
    },
  );
}
