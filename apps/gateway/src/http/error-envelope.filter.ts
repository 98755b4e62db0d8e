import { RequestContext } from '@tally/nest-kit';
import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { renderError } from './error-envelope.js';

/** Every error a route or the router raises leaves the gateway in the envelope. */
@Catch()
export class ErrorEnvelopeFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorEnvelope');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    sendError(reply, exception, request.id ?? RequestContext.requestId() ?? 'unknown', this.logger);
  }
}

export function sendError(
  reply: FastifyReply,
  exception: unknown,
  requestId: string,
  logger: Logger,
): void {
  const rendered = renderError(exception, requestId);
  if (rendered.unexpected) logger.error({ msg: 'Unexpected error', err: exception });
  if (rendered.headers) void reply.headers(rendered.headers);
  void reply
    .status(rendered.status)
    .header('content-type', 'application/json; charset=utf-8')
    .send(rendered.body);
}
