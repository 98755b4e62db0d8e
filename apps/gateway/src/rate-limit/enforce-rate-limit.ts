import type { Principal } from '@tally/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { rateLimitError } from './rate-limit-error.js';
import { rateLimitHeaders } from './rate-limit-headers.js';
import type { RateLimitService } from './rate-limit.service.js';
import type { RateLimitName } from './rate.js';

export type RequestWithPrincipal = FastifyRequest & { principal?: Principal };

// A WeakMap instead of a flag on the request: requests keep their shape, and only refusals pay.
const refused = new WeakMap<FastifyRequest, RateLimitName>();

/**
 * Counts the request (by `request.principal` when authentication left one,
 * otherwise, or when told `ipOnly`, by IP only), puts the rate-limit headers
 * on the reply and throws the 429 when a limit refuses it.
 */
export function enforceRateLimit(
  rateLimits: RateLimitService,
  request: RequestWithPrincipal,
  reply: FastifyReply,
  options: { ipOnly?: boolean } = {},
): Promise<void> {
  const principal = options.ipOnly ? undefined : request.principal;
  return rateLimits.consume({ ip: request.ip, principal }).then((decision) => {
    void reply.headers(rateLimitHeaders(decision));
    if (!decision.allowed) {
      // The limit the 429 names (rateLimitError's choice), for the refusals metric.
      refused.set(request, (decision.refusedBy ?? decision.pool ?? decision.ip).name);
      throw rateLimitError(decision);
    }
  });
}

/** Whether the gateway's own rate limiter refused this request (other 429s come from elsewhere). */
export function refusedByRateLimit(request: FastifyRequest): boolean {
  return refused.has(request);
}

/** The limit that refused this request, when the gateway's own rate limiter did. */
export function rateLimitRefusal(request: FastifyRequest): RateLimitName | undefined {
  return refused.get(request);
}
