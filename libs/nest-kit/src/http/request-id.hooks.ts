import { REQUEST_ID_HEADER } from '@tally/contracts';
import type { FastifyInstance } from 'fastify';
import { RequestContext } from '../request-context/request-context.js';

/**
 * Accepts the caller's `X-Request-Id` (or makes one), returns it on the response,
 * and runs the whole request inside a request context so that logs and NATS
 * messages carry it.
 */
export function registerRequestIdHooks(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    RequestContext.run({ requestId: request.id }, done);
  });
}

export function requestIdGenerator(request: {
  headers: Record<string, string | string[] | undefined>;
}): string {
  return RequestContext.acceptOrGenerate(request.headers[REQUEST_ID_HEADER]);
}
