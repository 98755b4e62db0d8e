import { AppError } from '@tally/contracts';
import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { renderError } from './error-envelope.js';

function fastifyError(code: string, statusCode: number, message: string) {
  return Object.assign(new Error(message), { code, statusCode });
}

describe('renderError', () => {
  it('keeps the code, status and details of an AppError', () => {
    const rendered = renderError(
      new AppError('service_unavailable', 'identity is down', [
        { service: 'identity', reason: 'no_responders' },
      ]),
      'req-1',
    );

    expect(rendered.status).toBe(503);
    expect(rendered.body).toEqual({
      success: false,
      error: {
        code: 'service_unavailable',
        message: 'identity is down',
        details: [{ service: 'identity', reason: 'no_responders' }],
        requestId: 'req-1',
      },
    });
    expect(rendered.unexpected).toBe(false);
  });

  it.each([
    ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 415, 'unsupported_media_type'],
    ['FST_ERR_CTP_BODY_TOO_LARGE', 413, 'payload_too_large'],
    ['FST_ERR_CTP_INVALID_JSON_BODY', 400, 'invalid_json'],
    ['FST_ERR_CTP_EMPTY_JSON_BODY', 400, 'invalid_json'],
  ])('maps Fastify error %s, as Nest wraps it, to %i %s', (fastifyCode, status, code) => {
    const wrapped = new HttpException('fastify text', status, {
      cause: fastifyError(fastifyCode, status, 'fastify text'),
    });

    const rendered = renderError(wrapped, 'req-2');

    expect(rendered.status).toBe(status);
    expect(rendered.body.error.code).toBe(code);
  });

  it('maps an unknown route to 404 route_not_found', () => {
    const rendered = renderError(new NotFoundException('Cannot GET /nope'), 'req-3');

    expect(rendered.status).toBe(404);
    expect(rendered.body.error).toMatchObject({
      code: 'route_not_found',
      message: 'Cannot GET /nope',
    });
  });

  it('lists validation messages as details', () => {
    const rendered = renderError(
      new BadRequestException(['name must be a string', 'limit must not be greater than 100']),
      'r',
    );

    expect(rendered.status).toBe(400);
    expect(rendered.body.error.details).toEqual([
      { reason: 'name must be a string' },
      { reason: 'limit must not be greater than 100' },
    ]);
  });

  it('never shows the text of an unexpected error', () => {
    const rendered = renderError(
      new TypeError("Cannot read properties of undefined (reading 'secret')"),
      'req-4',
    );

    expect(rendered.status).toBe(500);
    expect(rendered.body.error).toEqual({
      code: 'internal_error',
      message: 'An internal error occurred.',
      details: [],
      requestId: 'req-4',
    });
    expect(rendered.unexpected).toBe(true);
  });
});
