import { PlatformError } from '@tally/platform-kit';

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

/**
 * The one error the TikTok client throws: a PlatformError of TikTok, so that
 * callers handle every platform's failures alike; `logId` is TikTok's trace id.
 */
export class TikTokError extends PlatformError {
  declare readonly kind: TikTokErrorKind;
  readonly logId?: string;

  constructor(details: TikTokErrorDetails) {
    const { logId, ...rest } = details;
    super({ ...rest, platform: 'TIKTOK', traceId: logId });
    this.name = 'TikTokError';
    this.logId = logId;
  }
}
