import Fastify, { type FastifyInstance } from 'fastify';
import { healthRoutes } from './routes/health.routes.js';

/** The TikTok sandbox: an HTTP server that answers as TikTok's public v2 API does. */
export async function buildSandbox(): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  await app.register(healthRoutes);
  return app;
}
