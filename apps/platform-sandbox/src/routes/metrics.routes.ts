import { metricsRegistry } from '@tally/nest-kit';
import type { FastifyInstance } from 'fastify';
import { Gauge, Registry } from 'prom-client';
import type { SandboxRouteOptions } from './route-options.js';

/**
 * Prometheus metrics, as every app serves them: Node's process metrics and the
 * calls "TikTok" answered per endpoint and status since the last reset of the
 * sandbox (so a gauge, not a counter: `POST /sandbox/reset` clears them).
 */
export async function metricsRoutes(
  app: FastifyInstance,
  { state }: SandboxRouteOptions,
): Promise<void> {
  const calls = new Registry();
  calls.setDefaultLabels({ service: 'platform-sandbox' });
  new Gauge({
    name: 'tally_sandbox_calls',
    help: 'Calls the sandbox answered per TikTok endpoint and HTTP status since its last reset',
    labelNames: ['endpoint', 'status'],
    registers: [calls],
    collect() {
      this.reset();
      for (const [endpoint, stats] of Object.entries(state.stats.snapshot())) {
        for (const [status, count] of Object.entries(stats?.byStatus ?? {})) {
          this.set({ endpoint, status }, count);
        }
      }
    },
  });
  new Gauge({
    name: 'tally_sandbox_revocations',
    help: 'Grants revoked through /v2/oauth/revoke/ since the last reset',
    registers: [calls],
    collect() {
      this.set(state.revocations.list().length);
    },
  });

  app.get('/metrics', async (_request, reply) => {
    const processMetrics = metricsRegistry('platform-sandbox');
    const text = `${await processMetrics.metrics()}\n${await calls.metrics()}`;
    return reply.type(processMetrics.contentType).send(text);
  });
}
