import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { replacesAnswer } from '../http/fault-answers.js';
import type { SandboxState } from '../state/sandbox-state.js';
import type { PlatformEndpoint } from './platform-endpoints.js';
import { sendPlatformFault } from './platform-fault-answers.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set on the routes that play an Instagram or Google/YouTube endpoint. */
    platformEndpoint?: PlatformEndpoint;
  }
}

/**
 * Around every Instagram and Google/YouTube endpoint: the configured latency,
 * an injected fault, and afterwards the call counted in `/sandbox/stats`. The
 * platforms' own limits (Instagram's hourly calls per user, YouTube's daily
 * quota) are checked by the routes, which know the caller.
 */
export function installPlatformEndpointHooks(app: FastifyInstance, state: SandboxState): void {
  app.addHook('onRequest', async (_request, reply) => {
    const endpoint = reply.request.routeOptions.config.platformEndpoint;
    if (!endpoint) return;
    if (state.settings.latencyMs > 0) await sleep(state.settings.latencyMs);
    const fault = state.faults.take(endpoint);
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault && replacesAnswer(fault)) return sendPlatformFault(reply, endpoint, fault);
  });
  app.addHook('onResponse', async (request, reply) => {
    const endpoint = request.routeOptions.config.platformEndpoint;
    if (endpoint) state.stats.record(endpoint, reply.statusCode);
  });
}
