import { readCallbackQuery } from './callback-query.js';

describe('readCallbackQuery', () => {
  it("turns TikTok's parameters into the creators service's request", () => {
    const reading = readCallbackQuery({
      state: 'st4te',
      code: 'c0de',
      scopes: 'user.info.basic,video.list',
    });

    expect(reading).toEqual({
      request: { state: 'st4te', code: 'c0de', error: undefined, errorDescription: undefined },
    });
  });

  it("carries TikTok's error and its description", () => {
    const reading = readCallbackQuery({
      state: 'st4te',
      error: 'access_denied',
      error_description: 'The user denied the request — désolé',
    });

    expect(reading).toMatchObject({
      request: {
        error: 'access_denied',
        errorDescription: 'The user denied the request — désolé',
      },
    });
  });

  it('ignores parameters it does not know, which TikTok may add', () => {
    const reading = readCallbackQuery({ state: 'st4te', code: 'c0de', new_thing: ['a', 'b'] });

    expect(reading).toEqual({
      request: { state: 'st4te', code: 'c0de', error: undefined, errorDescription: undefined },
    });
  });

  it('refuses a parameter given twice', () => {
    const reading = readCallbackQuery({ state: ['one', 'two'], code: 'c0de' });

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
    expect(readCallbackQuery({ state: 'st4te', code: 'c'.repeat(2049) })).toMatchObject({
      invalid: { reason: 'invalid_request' },
    });
  });

  it('refuses control characters', () => {
    expect(readCallbackQuery({ state: 'st\u0000te' })).toMatchObject({
      invalid: { reason: 'invalid_request' },
    });
    expect(
      readCallbackQuery({ state: 'st4te', error: 'x', error_description: 'a\nb' }),
    ).toMatchObject({ invalid: { reason: 'invalid_request' } });
  });

  it('refuses a callback without a state', () => {
    expect(readCallbackQuery({ code: 'c0de' })).toMatchObject({
      invalid: { message: expect.stringContaining('no state') as string },
    });
    expect(readCallbackQuery(undefined)).toMatchObject({ invalid: { reason: 'invalid_request' } });
  });

  it('does not read inherited or prototype keys', () => {
    const query = Object.create({ state: 'inherited' }) as Record<string, unknown>;

    expect(readCallbackQuery(query)).toMatchObject({ invalid: { reason: 'invalid_request' } });
  });
});
