import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Every body reaches the handlers as text, whatever its content type, so that
 * each endpoint refuses what TikTok would refuse (JSON on the token endpoint,
 * a form on the Display API) in TikTok's own error shape.
 */
export function acceptRawBodies(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => {
    done(null, body);
  });
}

function contentTypeOf(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function rawBody(request: FastifyRequest): string {
  return typeof request.body === 'string' ? request.body : '';
}

/** The fields of an `application/x-www-form-urlencoded` body, or null for any other body. */
export function readForm(request: FastifyRequest): Record<string, string> | null {
  if (contentTypeOf(request) !== 'application/x-www-form-urlencoded') return null;
  return Object.fromEntries(new URLSearchParams(rawBody(request)));
}

/** Every value of a repeated form field (checkboxes). */
export function readFormValues(request: FastifyRequest, name: string): string[] {
  if (contentTypeOf(request) !== 'application/x-www-form-urlencoded') return [];
  return new URLSearchParams(rawBody(request)).getAll(name);
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; problem: string };

/** A JSON body; an empty body reads as `{}`. */
export function readJson(request: FastifyRequest): JsonBody {
  const text = rawBody(request);
  if (text.trim() === '') return { ok: true, value: {} };
  if (contentTypeOf(request) !== 'application/json') {
    return { ok: false, problem: 'Content-Type must be application/json.' };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: 'The request body is not valid JSON.' };
  }
}
