import type { FastifyInstance } from 'fastify';
import { refusedByRateLimit, type RequestWithPrincipal } from '../rate-limit/enforce-rate-limit.js';
import { outcomeOf } from './usage-outcome.js';
import type { UsageRecorder } from './usage.recorder.js';

/**
 * Records every authenticated request once it is answered, when its final
 * status is known (also for the guards' 401/403/429 and the error filter's
 * answers). Requests without a principal belong to no account and are skipped.
 */
export function registerUsageHook(fastify: FastifyInstance, recorder: UsageRecorder): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const { principal } = request as RequestWithPrincipal;
    if (principal) {
      const status = reply.statusCode;
      recorder.record(principal, outcomeOf(status, status === 429 && refusedByRateLimit(request)));
    }
    done();
  });
}
