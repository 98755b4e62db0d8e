import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { newLogId } from '../state/random-strings.js';
import type { SandboxState } from '../state/sandbox-state.js';
import { styleOf } from '../tiktok-endpoints.js';
import { bearerToken } from './bearer-token.js';
import { sendDisplayError } from './display-replies.js';
import { replacesAnswer, sendFault } from './fault-answers.js';
import './request-context.js';

/**
 * What happens around every TikTok endpoint, in this order: a log id, the
 * configured latency, an injected fault, the per-endpoint rate limit (Display
 * API only: TikTok documents none for OAuth); and afterwards, the call counted.
 */
export function installEndpointHooks(app: FastifyInstance, state: SandboxState): void {
  app.decorateRequest('logId', '');

  app.addHook('onRequest', async (request, reply) => {
    const path = request.routeOptions.config.tiktokPath;
    if (!path) return;
    request.logId = newLogId(state.clock.now());
    void reply.header('x-tt-logid', request.logId);

    if (state.settings.latencyMs > 0) await sleep(state.settings.latencyMs);
    const fault = state.faults.take(path);
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault && replacesAnswer(fault)) return sendFault(request, reply, path, fault);

    if (styleOf(path) === 'display') {
      const clientKey = state.grants.clientKeyOf(bearerToken(request) ?? '') ?? 'unknown';
      const decision = state.limiter.take(`${path} ${clientKey}`);
      if (!decision.allowed) return sendDisplayError(request, reply, 'rate_limit_exceeded');
    }
  });

  app.addHook('onResponse', async (request, reply) => {
    const path = request.routeOptions.config.tiktokPath;
    if (path) state.stats.record(path, reply.statusCode);
  });
}
