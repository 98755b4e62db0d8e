import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';

/** One log line per request: method, path without its query (which may hold codes), status, time. */
export function registerAccessLog(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const level = reply.statusCode >= 500 ? 'error' : 'info';
    // Below the log level the line is not even built (LOG_LEVEL=warn on busy gateways).
    if (!logger.isLevelEnabled(level)) return done();
    const path = request.url.split('?')[0];
    const line = {
      msg: 'request completed',
      method: request.method,
      path,
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 100) / 100,
    };
    logger[level](line);
    done();
  });
}
