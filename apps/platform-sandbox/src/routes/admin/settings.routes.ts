import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxRouteOptions } from '../route-options.js';
import { jsonBodyOf, sendAdminValidationError } from './admin-errors.js';

const settingsPatchSchema = z
  .object({
    autoApprove: z.boolean(),
    rateLimitPerMinute: z.number().int().positive(),
    latencyMs: z.number().int().min(0),
    codeTtlSeconds: z.number().int().positive(),
    accessTokenTtlSeconds: z.number().int().positive(),
    refreshTokenTtlSeconds: z.number().int().positive(),
    oauthErrorsWithHttpStatus: z.boolean(),
  })
  .partial()
  .strict();

/**
 * Settings that can change while the sandbox runs (PATCH), and a reset to the
 * state it started in: no grants, no faults, no stats, real time.
 */
export async function adminSettingsRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  const visible = () => {
    const { clientSecret: _secret, ...settings } = state.settings;
    return settings;
  };

  app.get('/sandbox/settings', async () => visible());

  app.patch('/sandbox/settings', async (request, reply) => {
    const patch = settingsPatchSchema.safeParse(jsonBodyOf(request.body));
    if (!patch.success) return sendAdminValidationError(reply, patch.error);
    Object.assign(state.settings, patch.data);
    return visible();
  });

  app.post('/sandbox/reset', async (_request, reply) => {
    state.reset();
    return reply.code(204).send();
  });
}
