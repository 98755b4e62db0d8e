import { AppError, ErrorCode, ErrorDetail, ErrorEnvelope, ErrorStatus } from '@tally/contracts';
import { HttpException } from '@nestjs/common';

export interface RenderedError {
  status: number;
  body: ErrorEnvelope;
  headers?: Record<string, string>;
  /** True when the failure is ours, not the caller's: log it with its stack. */
  unexpected: boolean;
}

interface FrameworkError {
  statusCode?: number;
  code?: string;
  message?: string;
}

const FASTIFY_CODES: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'The request body must be sent as application/json.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'payload_too_large',
    message: 'The request body is too large.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'invalid_json',
    message: 'The request body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'invalid_json',
    message: 'The request says it has a JSON body but the body is empty.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'validation_failed',
    message: 'The Content-Length header does not match the body.',
  },
};

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'insufficient_scope',
  404: 'route_not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'service_unavailable',
};

function envelope(
  status: number,
  code: ErrorCode,
  message: string,
  details: ErrorDetail[],
  requestId: string,
) {
  return {
    status,
    body: { success: false as const, error: { code, message, details, requestId } },
  };
}

function httpExceptionDetails(exception: HttpException): {
  message: string;
  details: ErrorDetail[];
} {
  const response = exception.getResponse();
  if (typeof response === 'string') return { message: response, details: [] };
  const raw = (response as { message?: unknown }).message;
  if (Array.isArray(raw)) {
    return {
      message: 'The request is invalid.',
      details: raw.map((reason) => ({ reason: String(reason) })),
    };
  }
  return { message: typeof raw === 'string' ? raw : exception.message, details: [] };
}

function quoted(text: string): string {
  return `"${text.replace(/["\\]/g, "'")}"`;
}

/** RFC 6750 challenges on 401/403 and Retry-After on refusals that say when to come back. */
function headersFor(error: AppError): Record<string, string> | undefined {
  const headers: Record<string, string> = {};
  if (error.code === 'unauthorized' || error.code === 'key_disabled') {
    headers['www-authenticate'] =
      `Bearer realm="tally", error="invalid_token", error_description=${quoted(error.message)}`;
  } else if (error.code === 'insufficient_scope') {
    headers['www-authenticate'] =
      `Bearer realm="tally", error="insufficient_scope", error_description=${quoted(error.message)}`;
  }
  if (error.retryAfterSeconds !== undefined)
    headers['retry-after'] = String(Math.max(0, Math.ceil(error.retryAfterSeconds)));
  return Object.keys(headers).length > 0 ? headers : undefined;
}

/**
 * Maps anything thrown while handling a request to the public error envelope.
 * Messages of unexpected errors never leave the gateway.
 */
export function renderError(exception: unknown, requestId: string): RenderedError {
  if (exception instanceof AppError) {
    return {
      ...envelope(
        exception.status,
        exception.code,
        exception.message,
        exception.details ?? [],
        requestId,
      ),
      headers: headersFor(exception),
      unexpected: exception.status >= 500 && exception.code === 'internal_error',
    };
  }
  // Fastify's own errors (body parsing, size, media type) arrive wrapped in an HttpException.
  const framework = (exception instanceof HttpException ? exception.cause : exception) as
    FrameworkError | undefined;
  const known = framework?.code ? FASTIFY_CODES[framework.code] : undefined;
  if (known) {
    return {
      ...envelope(ErrorStatus[known.code], known.code, known.message, [], requestId),
      unexpected: false,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = STATUS_CODES[status] ?? (status >= 500 ? 'internal_error' : 'validation_failed');
    const { message, details } = httpExceptionDetails(exception);
    const safeMessage = status >= 500 ? 'An internal error occurred.' : message;
    return {
      ...envelope(status, code, safeMessage, details, requestId),
      unexpected: status >= 500,
    };
  }
  if (exception instanceof SyntaxError) {
    return {
      ...envelope(400, 'invalid_json', 'The request body is not valid JSON.', [], requestId),
      unexpected: false,
    };
  }
  const status = framework?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = STATUS_CODES[status] ?? 'validation_failed';
    return {
      ...envelope(status, code, framework?.message ?? 'The request is invalid.', [], requestId),
      unexpected: false,
    };
  }
  return {
    ...envelope(500, 'internal_error', 'An internal error occurred.', [], requestId),
    unexpected: true,
  };
}
