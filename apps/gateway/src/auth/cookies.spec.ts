import { parseCookies, serializeCookie } from './cookies.js';

describe('parseCookies', () => {
  it('reads every cookie of the header, decoded', () => {
    expect(parseCookies('tally_session=abc; tally_csrf=a%2Bb; other="q"')).toEqual({
      tally_session: 'abc',
      tally_csrf: 'a+b',
      other: 'q',
    });
  });

  it('keeps the first of repeated names and skips broken parts', () => {
    expect(parseCookies('a=1; a=2; broken; =x; b=%E0%A4%A')).toEqual({ a: '1', b: '%E0%A4%A' });
  });

  it('is empty without a header', () => {
    expect(parseCookies(undefined)).toEqual({});
  });
});

describe('serializeCookie', () => {
  it('writes a lax, path-wide cookie with its flags', () => {
    const expires = new Date('2030-01-01T00:00:00Z');

    expect(serializeCookie('s', 'v/1', { httpOnly: true, secure: true, expires })).toBe(
      's=v%2F1; Path=/; Expires=Tue, 01 Jan 2030 00:00:00 GMT; SameSite=Lax; HttpOnly; Secure',
    );
  });
});
