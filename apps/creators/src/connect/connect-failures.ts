import {
  type ConnectFailureReason,
  type ConnectOutcome,
  type Platform,
  PLATFORM_NAMES,
} from '@tally/contracts';
import { PlatformError, type PlatformErrorKind } from '@tally/platform-kit';

/** Where a failure's answer goes: the state's redirect URL and opener, once the state is known. */
export interface AnswerTarget {
  redirectUrl: string | null;
  openerOrigin: string | null;
}

const UNKNOWN_TARGET: AnswerTarget = { redirectUrl: null, openerOrigin: null };

export function failed(
  reason: ConnectFailureReason,
  message: string,
  target: AnswerTarget = UNKNOWN_TARGET,
): ConnectOutcome {
  return {
    status: 'failed',
    reason,
    message,
    redirectUrl: target.redirectUrl,
    openerOrigin: target.openerOrigin,
  };
}

/** The platform failing rather than refusing: an unreadable answer (an HTML error page) is one too. */
const UNAVAILABLE_KINDS: ReadonlySet<PlatformErrorKind> = new Set([
  'upstream_unavailable',
  'rate_limited',
  'invalid_response',
]);

/** A platform failure during the callback, told in words a creator can act on. */
export function upstreamFailure(
  platform: Platform,
  step: 'exchange' | 'profile',
  error: unknown,
  target: AnswerTarget,
): ConnectOutcome {
  if (!(error instanceof PlatformError)) throw error;
  const name = PLATFORM_NAMES[platform];
  if (UNAVAILABLE_KINDS.has(error.kind)) {
    return failed(
      'upstream_unavailable',
      `${name} could not be reached or did not answer properly. Please try connecting again in a moment.`,
      target,
    );
  }
  if (error.kind === 'quota_exhausted') {
    return failed(
      'upstream_unavailable',
      `${name} cannot take more requests from Tally today. Please try connecting again after ${resetTime(error)}.`,
      target,
    );
  }
  if (error.kind === 'not_found' && platform === 'YOUTUBE') {
    return failed(
      'profile_failed',
      'This Google account has no YouTube channel. Please connect the Google account that owns the channel.',
      target,
    );
  }
  return step === 'exchange'
    ? failed(
        'exchange_failed',
        `${name} did not accept the authorization (it may have expired or been used already). Please start connecting again.`,
        target,
      )
    : failed(
        'profile_failed',
        `${name} did not give access to the profile. Please connect again and allow every permission asked for.`,
        target,
      );
}

function resetTime(error: PlatformError): string {
  const seconds = error.retryAfterSeconds ?? 3600;
  return new Date(Date.now() + seconds * 1000).toISOString();
}

export function describe(error: unknown): string {
  return error instanceof PlatformError ? `${error.kind}: ${error.message}` : String(error);
}
