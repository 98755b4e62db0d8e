import type { FastifyInstance, FastifyReply } from 'fastify';

const EXPOSED_HEADERS = [
  'x-request-id',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'ratelimit',
  'ratelimit-policy',
  'retry-after',
].join(', ');

/**
 * Browsers ask before sending a key: preflights under /api/ are answered for
 * any origin, because the real request is where the key's allowed origins are
 * checked, and only an allowed origin gets Access-Control-Allow-Origin back.
 */
export function registerCorsPreflight(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const origin = request.headers.origin;
    if (
      request.method !== 'OPTIONS' ||
      !origin ||
      !request.headers['access-control-request-method'] ||
      !request.url.startsWith('/api/')
    ) {
      done();
      return;
    }
    void reply
      .status(204)
      .headers({
        'access-control-allow-origin': origin,
        'access-control-allow-methods': 'GET, POST, DELETE',
        'access-control-allow-headers': 'authorization, x-api-key, content-type, x-request-id',
        'access-control-max-age': '600',
        vary: 'Origin',
      })
      .send();
  });
}

/** Lets the browser read the answer: only for an origin the credential allows. */
export function allowOrigin(reply: FastifyReply, origin: string): void {
  void reply.headers({
    'access-control-allow-origin': origin,
    'access-control-expose-headers': EXPOSED_HEADERS,
    vary: 'Origin',
  });
}
