/**
 * What a caller can do about a failed TikTok call:
 * - `rate_limited`: wait (`retryAfterSeconds` when TikTok sent one) and slow every worker down;
 * - `access_token_invalid`: refresh the access token, then reconnect if the refresh fails;
 * - `invalid_grant`: the code or refresh token is dead (revoked, expired, rotated): reconnect;
 * - `invalid_client`: our client key or secret is wrong: an operator must fix the configuration;
 * - `scope_not_authorized`: the creator did not grant a scope the call needs: reconnect with it;
 * - `upstream_unavailable`: 5xx, network failure or timeout: retry with backoff;
 * - `invalid_response`: an answer we cannot read (not JSON, no envelope, wrong shape);
 * - `invalid_request`: TikTok refused the request itself (a bug on our side).
 */
export type TikTokErrorKind =
  | 'rate_limited'
  | 'access_token_invalid'
  | 'invalid_grant'
  | 'invalid_client'
  | 'scope_not_authorized'
  | 'upstream_unavailable'
  | 'invalid_response'
  | 'invalid_request';

export interface TikTokErrorDetails {
  kind: TikTokErrorKind;
  /** The TikTok path that failed, e.g. `/v2/video/list/`; never a token or a full URL. */
  endpoint: string;
  message: string;
  /** TikTok's own code (`error.code` of the Display API, `error` of OAuth), when it sent one. */
  code?: string;
  httpStatus?: number;
  logId?: string;
  retryAfterSeconds?: number;
  cause?: unknown;
}

/** The one error the TikTok client throws. */
export class TikTokError extends Error {
  readonly kind: TikTokErrorKind;
  readonly endpoint: string;
  readonly code?: string;
  readonly httpStatus?: number;
  readonly logId?: string;
  readonly retryAfterSeconds?: number;

  constructor(details: TikTokErrorDetails) {
    super(`TikTok ${details.endpoint}: ${details.message}`, { cause: details.cause });
    this.name = 'TikTokError';
    this.kind = details.kind;
    this.endpoint = details.endpoint;
    this.code = details.code;
    this.httpStatus = details.httpStatus;
    this.logId = details.logId;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }

  /** True when TikTok no longer knows the grant (revoked, expired, rotated away): nothing is left to revoke. */
  get grantGone(): boolean {
    return this.kind === 'invalid_grant' || this.kind === 'access_token_invalid';
  }

  /** True when the same call may succeed later without anyone changing anything. */
  get retryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'upstream_unavailable';
  }
}
