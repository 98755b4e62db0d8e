import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { describeError, fieldErrors } from './describe-error';

function apiError(
  status: number,
  code: ApiError['code'],
  message = 'The API said so.',
  details: ApiError['details'] = [],
  retryAfterSeconds: number | null = null,
): ApiError {
  return new ApiError(status, code, message, details, 'req-1', retryAfterSeconds);
}

describe('describeError', () => {
  it('blames the dashboard for anything that is not an ApiError', () => {
    for (const error of [new Error('boom'), new TypeError('x is undefined'), 'text', null]) {
      expect(describeError(error)).toBe(
        'Something went wrong in the dashboard. Reload the page and try again.',
      );
    }
  });

  it('tells a network failure from an unreadable answer', () => {
    expect(describeError(new ApiError(0, 'network_error', 'failed'))).toBe(
      'Tally could not be reached. Check your connection and try again.',
    );
    expect(describeError(new ApiError(502, 'unreadable_response', 'not JSON'))).toBe(
      'Tally answered with something the dashboard could not read. Try again in a moment.',
    );
  });

  it('lists every reason of a validation error', () => {
    const error = apiError(400, 'validation_failed', 'Validation failed.', [
      { field: 'name', reason: 'name must be shorter than 100 characters' },
      { reason: 'roles must contain at least 1 element' },
    ]);
    expect(describeError(error)).toBe(
      'Please check the form: name must be shorter than 100 characters; roles must contain at least 1 element.',
    );
  });

  it("keeps the API's message for a validation error without details, and for invalid JSON", () => {
    expect(describeError(apiError(400, 'validation_failed', 'from must not be after to.'))).toBe(
      'from must not be after to.',
    );
    expect(describeError(apiError(400, 'invalid_json', 'The body is not JSON.'))).toBe(
      'The body is not JSON.',
    );
    expect(
      describeError(
        apiError(400, 'invalid_json', 'The body is not JSON.', [{ reason: 'unexpected token' }]),
      ),
    ).toBe('Please check the form: unexpected token.');
  });

  it('says a 401 ended the session', () => {
    expect(describeError(apiError(401, 'unauthorized'))).toBe(
      'Your session has ended. Sign in again to continue.',
    );
  });

  it('says a 403 is about the role, not the API message', () => {
    expect(describeError(apiError(403, 'insufficient_scope', 'needs keys:write'))).toBe(
      'Your role does not allow this. Ask an owner or admin of the account.',
    );
  });

  it('tells a refused CSRF token apart from a missing permission', () => {
    const csrf = apiError(403, 'insufficient_scope', 'CSRF', [
      { field: 'x-csrf-token', reason: 'missing or wrong CSRF token' },
    ]);
    expect(describeError(csrf)).toBe(
      'Your session’s security check is out of date. Reload the page and try again.',
    );
  });

  it('says a 404 may be deleted or foreign', () => {
    expect(describeError(apiError(404, 'not_found', 'Creator not found.'))).toBe(
      'This was not found. It may have been deleted, or it belongs to another account.',
    );
  });

  it("keeps a conflict's own message", () => {
    expect(describeError(apiError(409, 'conflict', 'A role named "ops" already exists.'))).toBe(
      'A role named "ops" already exists.',
    );
  });

  describe('429', () => {
    const limited = (seconds: number | null) =>
      describeError(apiError(429, 'rate_limited', 'Slow down.', [], seconds));

    it('counts seconds under a minute and a half', () => {
      expect(limited(1)).toBe('Too many requests right now. Try again in 1 second.');
      expect(limited(30)).toBe('Too many requests right now. Try again in 30 seconds.');
      expect(limited(89)).toBe('Too many requests right now. Try again in 89 seconds.');
    });

    it('rounds longer waits up to minutes', () => {
      expect(limited(90)).toBe('Too many requests right now. Try again in 2 minutes.');
      expect(limited(120)).toBe('Too many requests right now. Try again in 2 minutes.');
      expect(limited(121)).toBe('Too many requests right now. Try again in 3 minutes.');
      expect(limited(900)).toBe('Too many requests right now. Try again in 15 minutes.');
    });

    it('stays vague without a Retry-After', () => {
      expect(limited(null)).toBe('Too many requests right now. Try again in a little while.');
    });
  });

  it("says a platform's daily quota is spent, and for how long", () => {
    expect(
      describeError(apiError(429, 'platform_quota_exhausted', 'spent', [], 5 * 3600 + 100)),
    ).toBe('The platform’s daily quota for Tally is used up. Try again in about 5 hours.');
    expect(describeError(apiError(429, 'platform_quota_exhausted', 'spent', [], null))).toBe(
      'The platform’s daily quota for Tally is used up. Try again after it resets.',
    );
  });

  it('asks for a shorter payload on 413', () => {
    expect(describeError(apiError(413, 'payload_too_large'))).toBe(
      'That is too much to send at once. Shorten it and try again.',
    );
  });

  it("adds a hint to an upstream error's message", () => {
    expect(describeError(apiError(502, 'upstream_error', 'TikTok did not answer.'))).toBe(
      'TikTok did not answer. Try again in a moment.',
    );
    expect(describeError(apiError(504, 'upstream_timeout', 'TikTok took too long.'))).toBe(
      'TikTok took too long. Try again in a moment.',
    );
  });

  it('says a 503 is temporary', () => {
    expect(describeError(apiError(503, 'service_unavailable', 'identity is down'))).toBe(
      'Part of Tally is not answering right now. Try again in a moment.',
    );
  });

  it('hides the message of other 5xx errors and points at the request id', () => {
    expect(describeError(apiError(500, 'internal_error', 'TypeError at line 3'))).toBe(
      'Tally had a problem handling this. Try again; if it keeps happening, contact support with the request id.',
    );
  });

  it("keeps the message of other 4xx errors (an unknown code's too)", () => {
    expect(describeError(apiError(405, 'method_not_allowed', 'PUT is not allowed here.'))).toBe(
      'PUT is not allowed here.',
    );
    const unknown = new ApiError(418, 'teapot' as ApiError['code'], 'I am a teapot.');
    expect(describeError(unknown)).toBe('I am a teapot.');
  });
});

describe('fieldErrors', () => {
  it('keys the first reason of each field by its name', () => {
    const error = apiError(400, 'validation_failed', 'Validation failed.', [
      { field: 'email', reason: 'email must be an email address' },
      { field: 'email', reason: 'email is too long' },
      { field: 'password', reason: 'password must be 12 to 256 characters long' },
      { reason: 'no field: not kept' },
    ]);
    expect(fieldErrors(error)).toEqual({
      email: 'email must be an email address',
      password: 'password must be 12 to 256 characters long',
    });
  });

  it('is empty for anything but a validation error', () => {
    expect(fieldErrors(new Error('boom'))).toEqual({});
    expect(
      fieldErrors(apiError(400, 'invalid_json', 'bad', [{ field: 'name', reason: 'x' }])),
    ).toEqual({});
    expect(
      fieldErrors(apiError(409, 'conflict', 'taken', [{ field: 'name', reason: 'taken' }])),
    ).toEqual({});
  });
});
