import type { ErrorCode } from '@tally/contracts/browser';

export interface ErrorDetail {
  field?: string;
  reason: string;
}

/** What went wrong with a call to the API, as its error envelope said (or the network). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'network_error' | 'unreadable_response',
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly requestId: string | null = null,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
