import { formatWait } from '../lib/local-time';
import { ApiError } from './api-error';

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

function waitFor(seconds: number | null): string {
  if (seconds === null) return 'in a little while';
  if (seconds < 90) return `in ${plural(seconds, 'second')}`;
  return `in ${plural(Math.ceil(seconds / 60), 'minute')}`;
}

/**
 * An error in words a person understands: what happened and what to do next.
 * The API's own message is kept where it is already written for people
 * (validation, conflicts); status-level failures get the dashboard's words.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return 'Something went wrong in the dashboard. Reload the page and try again.';
  }
  switch (error.code) {
    case 'network_error':
      return 'Tally could not be reached. Check your connection and try again.';
    case 'unreadable_response':
      return 'Tally answered with something the dashboard could not read. Try again in a moment.';
    case 'validation_failed':
    case 'invalid_json':
      return error.details.length > 0
        ? `Please check the form: ${error.details.map((detail) => detail.reason).join('; ')}.`
        : error.message;
    case 'unauthorized':
      return 'Your session has ended. Sign in again to continue.';
    case 'insufficient_scope':
      // The gateway refuses a session write without its CSRF token the same way.
      return error.details.some((detail) => detail.field === 'x-csrf-token')
        ? 'Your session’s security check is out of date. Reload the page and try again.'
        : 'Your role does not allow this. Ask an owner or admin of the account.';
    case 'not_found':
      return 'This was not found. It may have been deleted, or it belongs to another account.';
    case 'conflict':
      return error.message;
    case 'rate_limited':
      return `Too many requests right now. Try again ${waitFor(error.retryAfterSeconds)}.`;
    case 'platform_quota_exhausted':
      return `The platform’s daily quota for Tally is used up. Try again ${
        error.retryAfterSeconds === null ? 'after it resets' : formatWait(error.retryAfterSeconds)
      }.`;
    case 'payload_too_large':
      return 'That is too much to send at once. Shorten it and try again.';
    case 'upstream_error':
    case 'upstream_timeout':
      return `${error.message} Try again in a moment.`;
    case 'service_unavailable':
      return 'Part of Tally is not answering right now. Try again in a moment.';
    default:
      return error.status >= 500
        ? 'Tally had a problem handling this. Try again; if it keeps happening, contact support with the request id.'
        : error.message;
  }
}

/** Field-level messages from a validation error, keyed by field name. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return {};
  const byField: Record<string, string> = {};
  for (const detail of error.details) {
    if (detail.field && !byField[detail.field]) byField[detail.field] = detail.reason;
  }
  return byField;
}
