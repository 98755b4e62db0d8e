import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';

/** One log line per request: method, path without its query (which may hold codes), status, time. */
export function registerAccessLog(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const path = request.url.split('?')[0];
    const line = {
      msg: 'request completed',
      method: request.method,
      path,
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 100) / 100,
    };
    if (reply.statusCode >= 500) logger.error(line);
    else logger.info(line);
    done();
  });
}
