import { AppError, REQUEST_ID_HEADER } from '@tally/contracts';
import { RequestContext } from '@tally/nest-kit';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { renderError } from './error-envelope.js';

/** The router's own refusals (a path that is not a valid URL, an over-long segment), in the envelope. */
export function frameworkErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const message =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'A path segment is too long.'
      : 'The path is not a valid URL.';
  const requestId = request.id ?? RequestContext.acceptOrGenerate(undefined);
  const rendered = renderError(
    new AppError('validation_failed', message, [{ field: 'path', reason: message }]),
    requestId,
  );
  void reply.status(rendered.status).header(REQUEST_ID_HEADER, requestId).send(rendered.body);
}

/** Requests Node's HTTP parser refuses never reach Fastify; answer them in the envelope too. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return;
  const oversized = error.code === 'HPE_HEADER_OVERFLOW';
  const requestId = RequestContext.acceptOrGenerate(undefined);
  const rendered = renderError(
    oversized
      ? new AppError('headers_too_large', 'The request headers are too large.')
      : new AppError('validation_failed', 'The request is not valid HTTP.'),
    requestId,
  );
  const body = JSON.stringify(rendered.body);
  socket.end(
    `HTTP/1.1 ${rendered.status} ${STATUS_CODES[rendered.status]}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      `${REQUEST_ID_HEADER}: ${requestId}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}
