import type { FastifyInstance } from 'fastify';
import type { SandboxRouteOptions } from '../route-options.js';

/** What "TikTok" saw: calls per endpoint and status (429s included), and revocations. */
export async function adminStatsRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  app.get('/sandbox/stats', async () => ({
    endpoints: state.stats.snapshot(),
    revocations: state.revocations.list().length,
  }));

  app.get('/sandbox/revocations', async () => ({ revocations: state.revocations.list() }));
}
