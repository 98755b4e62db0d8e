import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ALL_PLATFORM_ENDPOINTS } from '../../platforms/platform-endpoints.js';
import { ALL_TIKTOK_PATHS } from '../../tiktok-endpoints.js';
import type { SandboxRouteOptions } from '../route-options.js';
import { jsonBodyOf, sendAdminValidationError } from './admin-errors.js';

const faultSchema = z
  .object({
    endpoint: z.enum([...ALL_TIKTOK_PATHS, ...ALL_PLATFORM_ENDPOINTS]),
    status: z.number().int().min(200).max(599).optional(),
    error: z.string().min(1).optional(),
    garbage: z.boolean().optional(),
    delayMs: z.number().int().min(0).max(120_000).optional(),
    retryAfterSeconds: z.number().int().min(0).optional(),
    times: z.number().int().positive().default(1),
  })
  .strict();

/**
 * Fault injection: `POST /sandbox/faults` queues a fault for the next `times`
 * calls of one endpoint; `DELETE` drops them all.
 */
export async function adminFaultsRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  app.post('/sandbox/faults', async (request, reply) => {
    const spec = faultSchema.safeParse(jsonBodyOf(request.body));
    if (!spec.success) return sendAdminValidationError(reply, spec.error);
    return reply.code(201).send(state.faults.add(spec.data));
  });

  app.get('/sandbox/faults', async () => ({ faults: state.faults.list() }));

  app.delete('/sandbox/faults', async (_request, reply) => {
    state.faults.clear();
    return reply.code(204).send();
  });
}
