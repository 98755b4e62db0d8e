/** Every error code the platform returns, with the HTTP status it maps to. */
export const ErrorStatus = {
  validation_failed: 400,
  invalid_json: 400,
  platform_not_supported: 400,
  unauthorized: 401,
  /** The API key is paused, or its owner is disabled; it works again once enabled. */
  key_disabled: 401,
  insufficient_scope: 403,
  not_found: 404,
  route_not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  headers_too_large: 431,
  unsupported_media_type: 415,
  rate_limited: 429,
  /** A platform's daily quota (YouTube's) is spent until it resets: Retry-After says when. */
  platform_quota_exhausted: 429,
  internal_error: 500,
  upstream_error: 502,
  service_unavailable: 503,
  upstream_timeout: 504,
} as const;

export type ErrorCode = keyof typeof ErrorStatus;

export const ERROR_CODES = Object.keys(ErrorStatus) as [ErrorCode, ...ErrorCode[]];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ErrorStatus, value);
}
