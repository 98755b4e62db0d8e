import {
  allowedRedirectUrlProblem,
  MAX_ALLOWED_REDIRECT_URLS,
  normaliseAllowedRedirectUrl,
} from '@tally/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import {
  addRedirectUrl,
  MAX_REDIRECT_URLS,
  normaliseRedirectUrl,
  redirectUrlErrors,
  redirectUrlProblem,
  sameUrls,
} from './redirect-url-rules';

const ACCEPTED = [
  'https://shop.example',
  'https://shop.example/',
  'https://Shop.Example/creators/',
  'https://shop.example:443/x//',
  'https://shop.example:8443/done',
  'http://localhost:5173/done',
  'http://127.0.0.1:8080',
  'http://[::1]:3000/cb',
];

const REFUSED = [
  '',
  'shop.example/done',
  '/done',
  '//shop.example/done',
  'https://shop.example/done?tab=1',
  'https://shop.example/done#top',
  'https://shop.example/?',
  'https://user:pass@shop.example/',
  'https://shop.example/a b',
  'javascript:alert(1)',
  'ftp://shop.example/',
  'http://shop.example/done',
  'http://localhost.shop.example/',
  `https://shop.example/${'a'.repeat(2048)}`,
];

describe('redirectUrlProblem', () => {
  it.each(ACCEPTED)('accepts %s', (url) => {
    expect(redirectUrlProblem(url)).toBeNull();
  });

  it.each(REFUSED)('refuses "%s"', (url) => {
    expect(redirectUrlProblem(url)).not.toBeNull();
  });

  it('says what to write instead', () => {
    expect(redirectUrlProblem('shop.example/done')).toBe('The URL must be an absolute URL.');
    expect(redirectUrlProblem('http://shop.example/done')).toBe(
      'The URL must use https (http only for localhost and 127.0.0.1).',
    );
    expect(redirectUrlProblem('https://shop.example/done?tab=1')).toBe(
      'The URL must not hold a query or fragment.',
    );
  });

  // The server's length bound counts the value as sent; so does ours.
  it.each([...ACCEPTED, ...REFUSED])('agrees with the server on "%s"', (url) => {
    const serverAccepts = url.length <= 2048 && allowedRedirectUrlProblem(url) === null;
    expect(redirectUrlProblem(url) === null).toBe(serverAccepts);
  });
});

describe('normaliseRedirectUrl', () => {
  it('keeps origin and path, drops trailing slashes and lowercases the host', () => {
    expect(normaliseRedirectUrl('https://Shop.Example/creators/')).toBe(
      'https://shop.example/creators',
    );
    expect(normaliseRedirectUrl('https://shop.example/')).toBe('https://shop.example');
    expect(normaliseRedirectUrl('https://shop.example:443/x//')).toBe('https://shop.example/x');
    expect(normaliseRedirectUrl('http://localhost:5173/done/')).toBe('http://localhost:5173/done');
  });

  it.each(ACCEPTED)('stores %s as the server does', (url) => {
    expect(normaliseRedirectUrl(url)).toBe(normaliseAllowedRedirectUrl(url));
  });
});

describe('addRedirectUrl', () => {
  it('adds the trimmed, normalised URL at the end', () => {
    expect(addRedirectUrl(['https://a.example'], '  https://Shop.example/done/ ')).toEqual({
      urls: ['https://a.example', 'https://shop.example/done'],
    });
  });

  it('refuses a URL that is not allowed, and says why', () => {
    expect(addRedirectUrl([], 'http://shop.example')).toEqual({
      error: 'The URL must use https (http only for localhost and 127.0.0.1).',
    });
    expect(addRedirectUrl([], '   ')).toEqual({
      error: 'Enter a URL, like https://shop.example/creators/connected.',
    });
  });

  it('refuses a URL already in the list once normalised', () => {
    expect(addRedirectUrl(['https://shop.example/done'], 'https://SHOP.example/done/')).toEqual({
      error: 'https://shop.example/done is already in the list.',
    });
  });

  it('allows as many URLs as the server, and no more', () => {
    expect(MAX_REDIRECT_URLS).toBe(MAX_ALLOWED_REDIRECT_URLS);
    const urls = Array.from({ length: MAX_REDIRECT_URLS - 1 }, (_, i) => `https://s.example/${i}`);
    const full = addRedirectUrl(urls, 'https://s.example/last');
    expect('urls' in full && full.urls).toHaveLength(MAX_REDIRECT_URLS);
    if (!('urls' in full)) return;
    expect(addRedirectUrl(full.urls, 'https://s.example/one-more')).toEqual({
      error: 'An account can allow up to 20 redirect URLs.',
    });
  });
});

describe('sameUrls', () => {
  it('is true only for the same URLs in the same order', () => {
    expect(
      sameUrls(
        ['https://a.example', 'https://b.example'],
        ['https://a.example', 'https://b.example'],
      ),
    ).toBe(true);
    expect(
      sameUrls(
        ['https://a.example', 'https://b.example'],
        ['https://b.example', 'https://a.example'],
      ),
    ).toBe(false);
    expect(sameUrls(['https://a.example'], ['https://a.example', 'https://b.example'])).toBe(false);
  });
});

describe('redirectUrlErrors', () => {
  it('places each reason on the URL it names, and the list-level one apart', () => {
    const error = new ApiError(400, 'validation_failed', 'The request is invalid.', [
      { field: 'urls[1]', reason: 'urls[1] is not valid: each URL must use https' },
      { field: 'urls[3]', reason: 'urls[3] must be at most 2048 characters long' },
      { field: 'urls', reason: 'urls must contain at most 20 urls' },
      { field: 'other', reason: 'other is not a known field' },
    ]);
    expect(redirectUrlErrors(error)).toEqual({
      list: 'urls must contain at most 20 urls',
      byIndex: {
        1: 'urls[1] is not valid: each URL must use https',
        3: 'urls[3] must be at most 2048 characters long',
      },
    });
  });

  it('finds nothing in other failures', () => {
    expect(redirectUrlErrors(new ApiError(403, 'insufficient_scope', 'no'))).toEqual({
      byIndex: {},
    });
    expect(redirectUrlErrors(new Error('boom'))).toEqual({ byIndex: {} });
  });
});
