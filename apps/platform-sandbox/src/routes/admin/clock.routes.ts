import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxRouteOptions } from '../route-options.js';
import { jsonBodyOf, sendAdminValidationError } from './admin-errors.js';

const advanceSchema = z.object({ advanceSeconds: z.number().int().positive() }).strict();

/** The sandbox's clock: tests move it forward to expire codes, tokens and cover links. */
export async function adminClockRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  const now = () => ({ now: new Date(state.clock.now()).toISOString() });

  app.get('/sandbox/clock', async () => now());

  app.post('/sandbox/clock', async (request, reply) => {
    const body = advanceSchema.safeParse(jsonBodyOf(request.body));
    if (!body.success) return sendAdminValidationError(reply, body.error);
    state.clock.advance(body.data.advanceSeconds * 1000);
    return now();
  });
}
