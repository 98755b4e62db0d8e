import type { FastifyInstance } from 'fastify';

/** The sandbox keeps nothing durable, so ready and live are the same question. */
export async function healthRoutes(fastify: FastifyInstance): Promise<void> {
  fastify.get('/health/live', async () => ({ status: 'ok' }));
  fastify.get('/health/ready', async () => ({ status: 'ok', checks: {} }));
}
