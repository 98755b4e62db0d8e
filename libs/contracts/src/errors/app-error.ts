import type { ErrorDetail } from '../http/envelope.js';
import { ErrorCode, ErrorStatus, isErrorCode } from './error-codes.js';

/** The shape an error takes on the wire, across NATS and in the HTTP envelope. */
export interface ErrorPayload {
  code: ErrorCode;
  status: number;
  message: string;
  details?: ErrorDetail[];
  /** For `rate_limited`: when to try again, sent as Retry-After. */
  retryAfterSeconds?: number;
}

/**
 * An expected failure with a code, thrown by services and mapped to HTTP in one
 * place (the gateway's exception filter). Its message is meant for API users.
 */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ErrorStatus[code];
  }

  toPayload(): ErrorPayload {
    return {
      code: this.code,
      status: this.status,
      message: this.message,
      ...(this.details ? { details: this.details } : {}),
      ...(this.retryAfterSeconds !== undefined
        ? { retryAfterSeconds: this.retryAfterSeconds }
        : {}),
    };
  }

  static fromPayload(payload: ErrorPayload): AppError {
    return new AppError(payload.code, payload.message, payload.details, payload.retryAfterSeconds);
  }
}

export function isErrorPayload(value: unknown): value is ErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    isErrorCode(candidate.code) &&
    typeof candidate.status === 'number' &&
    typeof candidate.message === 'string' &&
    (candidate.details === undefined || Array.isArray(candidate.details))
  );
}
