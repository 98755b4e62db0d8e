import type { ErrorCode, ErrorDetail } from '../types.js';

/**
 * The codes a TallyError may carry: the API's own, the OAuth token endpoint's
 * (RFC 6749), and the client's when no usable answer came back.
 */
export type TallyErrorCode =
  | ErrorCode
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_scope'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'unexpected_response'
  | 'network_error'
  | 'timeout'
  // Codes the API adds later still arrive, typed as strings.
  | (string & {});

export interface TallyErrorInit {
  status: number;
  code: TallyErrorCode;
  message: string;
  details?: ErrorDetail[];
  requestId?: string;
  headers?: Headers;
  cause?: unknown;
}

/**
 * Every failure of a call: the API's error envelope (`status`, `code`,
 * `message`, `details`, `requestId`), an OAuth error of the token endpoint, or
 * no usable answer at all (`status` 0 with `network_error` or `timeout`, or the
 * answer's status with `unexpected_response`).
 */
export class TallyError extends Error {
  override readonly name = 'TallyError';
  /** The HTTP status, or 0 when no answer came back. */
  readonly status: number;
  readonly code: TallyErrorCode;
  /** Per field or per service; may be empty. */
  readonly details: ErrorDetail[];
  /** The request's X-Request-Id: quote it when asking for help. */
  readonly requestId: string | undefined;
  /** The answer's headers (`Retry-After`, the rate-limit headers), when there was an answer. */
  readonly headers: Headers | undefined;

  constructor(init: TallyErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.details = init.details ?? [];
    this.requestId = init.requestId;
    this.headers = init.headers;
  }
}
