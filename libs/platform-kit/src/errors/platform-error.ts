import type { PlatformId } from '../provider/platform-id.js';

/**
 * What a caller can do about a failed platform call, whichever the platform:
 * - `rate_limited`: wait (`retryAfterSeconds` when the platform sent one) and slow every worker down;
 * - `quota_exhausted`: the platform's budget (YouTube's daily units) is spent until it resets;
 * - `access_token_invalid`: refresh the access token, then reconnect if the refresh fails;
 * - `invalid_grant`: the code or refresh token is dead (revoked, expired, rotated): reconnect;
 * - `invalid_client`: our app's id or secret is wrong: an operator must fix the configuration;
 * - `scope_not_authorized`: the creator did not grant a permission the call needs: reconnect with it;
 * - `not_found`: the account or item asked for does not exist (or has no channel);
 * - `upstream_unavailable`: 5xx, network failure or timeout: retry with backoff;
 * - `invalid_response`: an answer we cannot read (not JSON, wrong shape);
 * - `invalid_request`: the platform refused the request itself (a bug on our side).
 */
export const PLATFORM_ERROR_KINDS = [
  'rate_limited',
  'quota_exhausted',
  'access_token_invalid',
  'invalid_grant',
  'invalid_client',
  'scope_not_authorized',
  'not_found',
  'upstream_unavailable',
  'invalid_response',
  'invalid_request',
] as const;
export type PlatformErrorKind = (typeof PLATFORM_ERROR_KINDS)[number];

export interface PlatformErrorDetails {
  platform: PlatformId;
  kind: PlatformErrorKind;
  /** The platform path that failed, e.g. `/me/media`; never a token or a full URL. */
  endpoint: string;
  message: string;
  /** The platform's own code (`OAuthException` 190/463, `quotaExceeded`...), when it sent one. */
  code?: string;
  httpStatus?: number;
  /** The platform's trace id (`fbtrace_id`, `log_id`), for support requests. */
  traceId?: string;
  retryAfterSeconds?: number;
  cause?: unknown;
}

const PLATFORM_NAMES: Readonly<Record<PlatformId, string>> = {
  TIKTOK: 'TikTok',
  INSTAGRAM: 'Instagram',
  YOUTUBE: 'YouTube',
};

/** The one error every platform client throws (TikTok's as its subclass TikTokError). */
export class PlatformError extends Error {
  readonly platform: PlatformId;
  readonly kind: PlatformErrorKind;
  readonly endpoint: string;
  readonly code?: string;
  readonly httpStatus?: number;
  readonly traceId?: string;
  readonly retryAfterSeconds?: number;

  constructor(details: PlatformErrorDetails) {
    super(`${PLATFORM_NAMES[details.platform]} ${details.endpoint}: ${details.message}`, {
      cause: details.cause,
    });
    this.name = 'PlatformError';
    this.platform = details.platform;
    this.kind = details.kind;
    this.endpoint = details.endpoint;
    this.code = details.code;
    this.httpStatus = details.httpStatus;
    this.traceId = details.traceId;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }

  /** True when the platform no longer knows the grant (revoked, expired): nothing is left to revoke. */
  get grantGone(): boolean {
    return this.kind === 'invalid_grant' || this.kind === 'access_token_invalid';
  }

  /** True when the same call may succeed later without anyone changing anything. */
  get retryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'upstream_unavailable';
  }
}
