import { RequestContext } from '@tally/nest-kit';
import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { renderError, RenderedError } from './error-envelope.js';

/**
 * Every error a route or the router raises leaves the gateway in the envelope,
 * except under /oauth, whose clients expect RFC 6749's `{error, error_description}`.
 */
@Catch()
export class ErrorEnvelopeFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorEnvelope');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const rendered = renderError(exception, request.id ?? RequestContext.requestId() ?? 'unknown');
    if (rendered.unexpected) this.logger.error({ msg: 'Unexpected error', err: exception });
    if (rendered.headers) void reply.headers(rendered.headers);
    const path = request.routeOptions.url ?? request.url;
    const body = path.startsWith('/oauth/') ? oauthBody(rendered) : rendered.body;
    void reply
      .status(rendered.status)
      .header('content-type', 'application/json; charset=utf-8')
      .send(body);
  }
}

function oauthBody(rendered: RenderedError) {
  const { status } = rendered;
  const error =
    status === 500
      ? 'server_error'
      : status >= 500 || status === 429
        ? 'temporarily_unavailable'
        : 'invalid_request';
  return { error, error_description: rendered.body.error.message };
}
