import { AppError } from '@tally/contracts';
import type { FastifyInstance } from 'fastify';

function hasBody(headers: Record<string, string | string[] | undefined>): boolean {
  const length = headers['content-length'];
  return (length !== undefined && length !== '0') || headers['transfer-encoding'] !== undefined;
}

/**
 * The public API takes JSON only (the form parser is for /oauth): anything
 * else is 415. Decided by the route the router matched (its pattern), so
 * that no spelling of a path escapes it.
 */
export function registerJsonOnlyApi(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request) => {
    if (!request.routeOptions.url?.startsWith('/api/') || !hasBody(request.headers)) return;
    const type = request.headers['content-type'];
    if (typeof type !== 'string' || !/^application\/json\s*(;|$)/i.test(type)) {
      throw new AppError(
        'unsupported_media_type',
        'The request body must be sent as application/json.',
        [
          {
            field: 'content-type',
            reason: `${typeof type === 'string' ? type : 'none'} is not application/json`,
          },
        ],
      );
    }
  });
}
