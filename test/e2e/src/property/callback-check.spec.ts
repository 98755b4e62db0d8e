import { callbackProblems, isConnectCallback } from './callback-check.js';
import type { RawRequest, RawResponse } from './http-client.js';

const get: RawRequest = { method: 'GET', path: '/api/v1/connect/tiktok/callback?state=x' };

function page(status: number, text = '<!doctype html><script>{"type":"tally:connect"}</script>') {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-request-id': 'req-1',
    },
    text,
  } satisfies RawResponse;
}

function envelope(status: number, code: string): RawResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': 'req-1' },
    text: JSON.stringify({
      success: false,
      error: { code, message: 'refused', details: [], requestId: 'req-1' },
    }),
  };
}

describe('finding the connect callbacks among the routes', () => {
  it.each(['tiktok', 'instagram', 'youtube'])('finds the %s callback', (slug) => {
    expect(isConnectCallback({ path: `/api/v1/connect/${slug}/callback` })).toBe(true);
  });

  it.each([
    '/api/v1/connect/tiktok',
    '/api/v1/connect/myspace/callback',
    '/api/v1/connect/YouTube/callback',
    '/api/v1/connect/redirect-urls',
  ])('does not take %s for one', (path) => {
    expect(isConnectCallback({ path })).toBe(false);
  });
});

describe("checking the connect callback's answers", () => {
  it.each([200, 400, 502, 503, 504])('accepts a %s page', (status) => {
    expect(callbackProblems(get, page(status))).toEqual([]);
  });

  it('accepts a redirect to the customer and a bodyless 200 to HEAD', () => {
    const redirect = {
      status: 302,
      headers: { location: 'https://a.example/', 'x-request-id': 'r' },
      text: '',
    };
    const head = { status: 200, headers: { 'x-request-id': 'r' }, text: '' };

    expect(callbackProblems(get, redirect)).toEqual([]);
    expect(callbackProblems({ ...get, method: 'HEAD' }, head)).toEqual([]);
  });

  it('accepts the envelope when the gateway refuses a body before the route runs', () => {
    const withBody = { ...get, headers: { 'content-type': 'text/plain' }, body: 'hello' };

    expect(callbackProblems(withBody, envelope(415, 'unsupported_media_type'))).toEqual([]);
  });

  it('refuses a 500, a page that is not HTML, and JSON where a page was due', () => {
    expect(callbackProblems(get, page(500)).join('\n')).toMatch(/status 500/);
    expect(
      callbackProblems(get, {
        ...page(400),
        headers: { ...page(400).headers, 'content-type': 'text/plain' },
      }).join('\n'),
    ).toMatch(/not text\/html/);
    expect(callbackProblems(get, envelope(400, 'validation_failed')).join('\n')).toMatch(
      /should answer a page/,
    );
    expect(callbackProblems(get, envelope(500, 'internal_error')).join('\n')).toMatch(
      /JSON answer with status 500/,
    );
  });

  it('refuses a stack trace and a missing request id', () => {
    const leaking = page(
      400,
      '<!doctype html>"type":"tally:connect" at Object.<anonymous> (/work/x.ts:1:2)',
    );
    const { 'x-request-id': _id, ...anonymous } = page(200).headers;

    expect(callbackProblems(get, leaking).join('\n')).toMatch(/leaks internals/);
    expect(callbackProblems(get, { ...page(200), headers: anonymous }).join('\n')).toMatch(
      /no X-Request-Id/,
    );
  });
});
