import type { ErrorDetail } from '../types.js';
import { TallyError } from './tally-error.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function detailsOf(value: unknown): ErrorDetail[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (detail): detail is ErrorDetail => isRecord(detail) && typeof detail.reason === 'string',
  );
}

/** What was sent back, for a message that helps when the answer was not the API's. */
function describe(body: unknown): string {
  if (body === undefined || body === null || body === '') return 'an empty body';
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/**
 * The TallyError of an answer that was not a success: the API's error
 * envelope, an OAuth error (`{error, error_description}`), or anything else as
 * `unexpected_response`.
 */
export function errorFromResponse(status: number, body: unknown, headers: Headers): TallyError {
  const headerRequestId = headers.get('x-request-id') ?? undefined;
  if (isRecord(body) && body.success === false && isRecord(body.error)) {
    const { code, message, details, requestId } = body.error;
    if (typeof code === 'string') {
      return new TallyError({
        status,
        code,
        message: typeof message === 'string' ? message : code,
        details: detailsOf(details),
        requestId: typeof requestId === 'string' ? requestId : headerRequestId,
        headers,
      });
    }
  }
  if (isRecord(body) && typeof body.error === 'string') {
    return new TallyError({
      status,
      code: body.error,
      message: typeof body.error_description === 'string' ? body.error_description : body.error,
      requestId: headerRequestId,
      headers,
    });
  }
  return unexpectedResponse(status, body, headers);
}

/** An answer that is not what the API sends: a proxy's page, a wrong base URL. */
export function unexpectedResponse(status: number, body: unknown, headers: Headers): TallyError {
  return new TallyError({
    status,
    code: 'unexpected_response',
    message: `unexpected answer (HTTP ${status}) with ${describe(body)}`,
    requestId: headers.get('x-request-id') ?? undefined,
    headers,
  });
}
