import { PLATFORMS } from '@tally/contracts';
import { readCallbackQuery } from './callback-query.js';

describe('readCallbackQuery', () => {
  it("turns TikTok's parameters into the creators service's request", () => {
    const reading = readCallbackQuery(
      {
        state: 'st4te',
        code: 'c0de',
        scopes: 'user.info.basic,video.list',
      },
      'TIKTOK',
    );

    expect(reading).toEqual({
      request: {
        platform: 'TIKTOK',
        state: 'st4te',
        code: 'c0de',
        error: undefined,
        errorDescription: undefined,
      },
    });
  });

  it("carries TikTok's error and its description", () => {
    const reading = readCallbackQuery(
      {
        state: 'st4te',
        error: 'access_denied',
        error_description: 'The user denied the request — désolé',
      },
      'TIKTOK',
    );

    expect(reading).toMatchObject({
      request: {
        error: 'access_denied',
        errorDescription: 'The user denied the request — désolé',
      },
    });
  });

  it('ignores parameters it does not know, which TikTok may add', () => {
    const reading = readCallbackQuery(
      { state: 'st4te', code: 'c0de', new_thing: ['a', 'b'] },
      'TIKTOK',
    );

    expect(reading).toEqual({
      request: {
        platform: 'TIKTOK',
        state: 'st4te',
        code: 'c0de',
        error: undefined,
        errorDescription: undefined,
      },
    });
  });

  it.each(PLATFORMS)('asks about %s, the platform whose callback was called', (platform) => {
    expect(readCallbackQuery({ state: 'st4te', code: 'c0de' }, platform)).toMatchObject({
      request: { platform, state: 'st4te', code: 'c0de' },
    });
  });

  it("reads Google's denial as the error it is", () => {
    expect(readCallbackQuery({ state: 'st4te', error: 'access_denied' }, 'YOUTUBE')).toEqual({
      request: {
        platform: 'YOUTUBE',
        state: 'st4te',
        code: undefined,
        error: 'access_denied',
        errorDescription: undefined,
      },
    });
  });

  it("reads Instagram's denial, leaving its error_reason out", () => {
    const reading = readCallbackQuery(
      {
        state: 'st4te',
        error: 'access_denied',
        error_reason: 'user_denied',
        error_description: 'Permissions error',
      },
      'INSTAGRAM',
    );

    expect(reading).toEqual({
      request: {
        platform: 'INSTAGRAM',
        state: 'st4te',
        code: undefined,
        error: 'access_denied',
        errorDescription: 'Permissions error',
      },
    });
  });

  it('ignores the parameters Google adds to a grant (scope, authuser, prompt)', () => {
    const reading = readCallbackQuery(
      {
        state: 'st4te',
        code: '4/0AQ-c0de',
        scope: 'https://www.googleapis.com/auth/youtube.readonly',
        authuser: '0',
        prompt: 'consent',
      },
      'YOUTUBE',
    );

    expect(reading).toEqual({
      request: {
        platform: 'YOUTUBE',
        state: 'st4te',
        code: '4/0AQ-c0de',
        error: undefined,
        errorDescription: undefined,
      },
    });
  });

  it('refuses a parameter given twice', () => {
    const reading = readCallbackQuery({ state: ['one', 'two'], code: 'c0de' }, 'TIKTOK');

    expect(reading).toMatchObject({
      invalid: {
        status: 'failed',
        reason: 'invalid_request',
        redirectUrl: null,
        message: expect.stringContaining('state is given more than once') as string,
      },
    });
  });

  it('refuses an over-long code', () => {
    expect(readCallbackQuery({ state: 'st4te', code: 'c'.repeat(2049) }, 'TIKTOK')).toMatchObject({
      invalid: { reason: 'invalid_request' },
    });
  });

  it('refuses control characters', () => {
    expect(readCallbackQuery({ state: 'st\u0000te' }, 'TIKTOK')).toMatchObject({
      invalid: { reason: 'invalid_request' },
    });
    expect(
      readCallbackQuery({ state: 'st4te', error: 'x', error_description: 'a\nb' }, 'TIKTOK'),
    ).toMatchObject({ invalid: { reason: 'invalid_request' } });
  });

  it('refuses a callback without a state', () => {
    expect(readCallbackQuery({ code: 'c0de' }, 'TIKTOK')).toMatchObject({
      invalid: { message: expect.stringContaining('no state') as string },
    });
    expect(readCallbackQuery(undefined, 'TIKTOK')).toMatchObject({
      invalid: { reason: 'invalid_request' },
    });
  });

  it('does not read inherited or prototype keys', () => {
    const query = Object.create({ state: 'inherited' }) as Record<string, unknown>;

    expect(readCallbackQuery(query, 'TIKTOK')).toMatchObject({
      invalid: { reason: 'invalid_request' },
    });
  });
});
