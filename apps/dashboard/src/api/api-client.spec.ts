import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, stubApi, toResponse } from '../test/fake-api';
import { api, apiRequest, whenSessionEnds, withQuery } from './api-client';
import { ApiError } from './api-error';

function setCookie(name: string, value: string) {
  document.cookie = `${name}=${value}; path=/`;
}

function clearCookie(name: string) {
  document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
}

/** The ApiError a call rejects with (fails the test when it resolves). */
async function rejection(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => {
  vi.unstubAllGlobals();
  whenSessionEnds(null);
  clearCookie('tally_csrf');
  clearCookie('other');
});

describe('withQuery', () => {
  it('leaves a path without a query alone', () => {
    expect(withQuery('/api/v1/keys')).toBe('/api/v1/keys');
    expect(withQuery('/api/v1/keys', {})).toBe('/api/v1/keys');
  });

  it("drops undefined, null and '' but keeps 0 and false", () => {
    expect(
      withQuery('/api/v1/keys', {
        limit: 20,
        cursor: undefined,
        after: null,
        search: '',
        offset: 0,
        archived: false,
      }),
    ).toBe('/api/v1/keys?limit=20&offset=0&archived=false');
    expect(withQuery('/x', { cursor: undefined, after: null, q: '' })).toBe('/x');
  });

  it('encodes values', () => {
    expect(withQuery('/x', { cursor: 'a b&c=d/é' })).toBe('/x?cursor=a+b%26c%3Dd%2F%C3%A9');
  });
});

describe('apiRequest', () => {
  it("unwraps the envelope's data", async () => {
    stubApi({ 'GET /api/v1/roles': ok([{ name: 'read-only' }]) });
    await expect(api.get('/api/v1/roles')).resolves.toEqual([{ name: 'read-only' }]);
  });

  it('asks for JSON with the same-origin cookie, and passes query and signal on', async () => {
    const fake = stubApi({ 'GET /api/v1/keys': ok({ items: [] }) });
    const controller = new AbortController();
    await api.get('/api/v1/keys', { limit: 20, cursor: undefined }, controller.signal);
    expect(fake.fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fake.fetch.mock.calls[0];
    expect(url).toBe('/api/v1/keys?limit=20');
    expect(init).toMatchObject({
      method: 'GET',
      credentials: 'same-origin',
      body: undefined,
      signal: controller.signal,
    });
    expect(init?.headers).toEqual({ accept: 'application/json' });
  });

  it('sends a body as JSON with its content type', async () => {
    const fake = stubApi({ 'POST /api/v1/roles': ok({ id: 'r1' }, 201) });
    await expect(api.post('/api/v1/roles', { name: 'ops', permissions: [] })).resolves.toEqual({
      id: 'r1',
    });
    const [, init] = fake.fetch.mock.calls[0];
    expect(init?.body).toBe('{"name":"ops","permissions":[]}');
    expect(init?.headers).toMatchObject({ 'content-type': 'application/json' });
  });

  it('sends no content type without a body', async () => {
    const fake = stubApi({ 'DELETE /api/v1/keys/k1': ok({ id: 'k1' }) });
    await api.delete('/api/v1/keys/k1');
    const [, init] = fake.fetch.mock.calls[0];
    expect(init?.method).toBe('DELETE');
    expect(init?.body).toBeUndefined();
    expect(init?.headers).not.toHaveProperty('content-type');
  });

  describe('CSRF', () => {
    beforeEach(() => {
      setCookie('other', 'x');
      setCookie('tally_csrf', 'tok%2Fen%3D%3D');
    });

    it('puts the decoded tally_csrf cookie in x-csrf-token on writes', async () => {
      const fake = stubApi({
        'POST /api/v1/keys': ok({}),
        'DELETE /api/v1/keys/k1': ok({}),
        'PATCH /api/v1/keys/k1': ok({}),
        'PUT /api/v1/connect/redirect-urls': ok({}),
      });
      await api.post('/api/v1/keys', { name: 'x' });
      await api.delete('/api/v1/keys/k1');
      await apiRequest('PATCH', '/api/v1/keys/k1', { body: {} });
      await api.put('/api/v1/connect/redirect-urls', { urls: [] });
      expect(fake.requests.map((request) => request.headers['x-csrf-token'])).toEqual([
        'tok/en==',
        'tok/en==',
        'tok/en==',
        'tok/en==',
      ]);
      expect(fake.calls('PUT /api/v1/connect/redirect-urls')[0].body).toEqual({ urls: [] });
    });

    // Behind HTTPS the gateway's cookies are Secure, under __Host- names.
    it('puts the __Host-tally_csrf cookie in x-csrf-token when the gateway set that one', async () => {
      // happy-dom's page is http, where a browser refuses to store a __Host- cookie.
      vi.spyOn(document, 'cookie', 'get').mockReturnValue(
        'other=x; __Host-tally_csrf=secure-token',
      );
      const fake = stubApi({ 'POST /api/v1/keys': ok({}) });
      await api.post('/api/v1/keys', {});
      vi.restoreAllMocks();
      expect(fake.requests[0].headers['x-csrf-token']).toBe('secure-token');
    });

    it('never sends it on a GET', async () => {
      const fake = stubApi({ 'GET /api/v1/keys': ok({}) });
      await api.get('/api/v1/keys');
      expect(fake.requests[0].headers).not.toHaveProperty('x-csrf-token');
    });

    it('sends no header when there is no cookie', async () => {
      clearCookie('tally_csrf');
      const fake = stubApi({ 'POST /api/v1/auth/login': ok({}) });
      await api.post('/api/v1/auth/login', { email: 'a@b.co', password: 'x' });
      expect(fake.requests[0].headers).not.toHaveProperty('x-csrf-token');
    });

    it('does not take a cookie whose name only ends like it', async () => {
      clearCookie('tally_csrf');
      setCookie('not_tally_csrf', 'nope');
      const fake = stubApi({ 'POST /api/v1/keys': ok({}) });
      await api.post('/api/v1/keys', {});
      expect(fake.requests[0].headers).not.toHaveProperty('x-csrf-token');
      clearCookie('not_tally_csrf');
    });

    // A cookie another app on the domain wrote, not percent-encoded: sent as it is.
    it('survives a cookie that is not valid percent-encoding', async () => {
      setCookie('tally_csrf', 'abc%E0%A4%A');
      const fake = stubApi({ 'POST /api/v1/keys': ok({}) });
      await expect(api.post('/api/v1/keys', {})).resolves.toEqual({});
      expect(fake.requests[0].headers['x-csrf-token']).toBe('abc%E0%A4%A');
    });
  });

  describe('errors', () => {
    it('turns the error envelope into an ApiError with everything it said', async () => {
      stubApi({
        'POST /api/v1/keys': fail(400, 'validation_failed', 'Validation failed.', {
          details: [{ field: 'name', reason: 'name must not be empty' }],
          requestId: 'req-42',
        }),
      });
      const error = await rejection(api.post('/api/v1/keys', {}));
      expect(error).toMatchObject({
        name: 'ApiError',
        status: 400,
        code: 'validation_failed',
        message: 'Validation failed.',
        details: [{ field: 'name', reason: 'name must not be empty' }],
        requestId: 'req-42',
        retryAfterSeconds: null,
      });
    });

    it('defaults missing details and request id', async () => {
      stubApi({ 'GET /api/v1/creators/c1/profile': fail(404, 'not_found', 'Creator not found.') });
      const error = await rejection(api.get('/api/v1/creators/c1/profile'));
      expect(error).toMatchObject({ status: 404, code: 'not_found', details: [], requestId: null });
    });

    it('reads Retry-After seconds, ignoring zero and HTTP dates', async () => {
      const limited = (retryAfter?: string) =>
        fail(429, 'rate_limited', 'Slow down.', {
          headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter },
        });
      const fake = stubApi({ 'GET /api/v1/usage': limited('30') });
      expect((await rejection(api.get('/api/v1/usage'))).retryAfterSeconds).toBe(30);
      fake.on('GET /api/v1/usage', limited());
      expect((await rejection(api.get('/api/v1/usage'))).retryAfterSeconds).toBeNull();
      fake.on('GET /api/v1/usage', limited('0'));
      expect((await rejection(api.get('/api/v1/usage'))).retryAfterSeconds).toBeNull();
      fake.on('GET /api/v1/usage', limited('Wed, 21 Oct 2026 07:28:00 GMT'));
      expect((await rejection(api.get('/api/v1/usage'))).retryAfterSeconds).toBeNull();
    });

    it('calls an answer that is not JSON unreadable_response, with its status', async () => {
      stubApi({
        'GET /api/v1/usage': { status: 502, text: '<html>Bad gateway</html>' },
        'GET /api/v1/roles': { status: 200, text: '' },
      });
      expect(await rejection(api.get('/api/v1/usage'))).toMatchObject({
        status: 502,
        code: 'unreadable_response',
      });
      expect(await rejection(api.get('/api/v1/roles'))).toMatchObject({
        status: 200,
        code: 'unreadable_response',
      });
    });

    // A proxy's own JSON error, or `null`: not the API's envelope.
    it('calls JSON that is not an envelope unreadable_response', async () => {
      stubApi({
        'GET /api/v1/usage': { status: 502, body: { message: 'Bad Gateway' } },
        'GET /api/v1/roles': { status: 200, body: null },
      });
      expect(await rejection(api.get('/api/v1/usage'))).toMatchObject({
        status: 502,
        code: 'unreadable_response',
      });
      expect(await rejection(api.get('/api/v1/roles'))).toMatchObject({
        status: 200,
        code: 'unreadable_response',
      });
    });

    it('calls a rejected fetch network_error', async () => {
      const fake = stubApi();
      fake.fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));
      expect(await rejection(api.get('/api/v1/roles'))).toMatchObject({
        status: 0,
        code: 'network_error',
      });
    });

    it('lets an abort through as it is', async () => {
      const fake = stubApi();
      const abort = new DOMException('The operation was aborted.', 'AbortError');
      fake.fetch.mockRejectedValueOnce(abort);
      await expect(api.get('/api/v1/roles')).rejects.toBe(abort);
    });
  });

  describe('whenSessionEnds', () => {
    it('is told about a 401 from a signed-in call', async () => {
      const ended = vi.fn();
      whenSessionEnds(ended);
      stubApi({ 'GET /api/v1/keys': fail(401, 'unauthorized', 'Session expired.') });
      expect((await rejection(api.get('/api/v1/keys'))).status).toBe(401);
      expect(ended).toHaveBeenCalledTimes(1);
    });

    it('is told about a 401 even when its body is not the envelope', async () => {
      const ended = vi.fn();
      whenSessionEnds(ended);
      stubApi({ 'GET /api/v1/keys': { status: 401, text: 'Unauthorized' } });
      expect(await rejection(api.get('/api/v1/keys'))).toMatchObject({
        status: 401,
        code: 'unreadable_response',
      });
      expect(ended).toHaveBeenCalledTimes(1);
    });

    it('is not told about a 401 from the auth routes (a wrong password)', async () => {
      const ended = vi.fn();
      whenSessionEnds(ended);
      stubApi({
        'POST /api/v1/auth/login': fail(401, 'unauthorized', 'The email or password is not right.'),
      });
      await rejection(api.post('/api/v1/auth/login', {}));
      expect(ended).not.toHaveBeenCalled();
    });

    it('is not told about a 401 from a password change (a wrong current password)', async () => {
      const ended = vi.fn();
      whenSessionEnds(ended);
      stubApi({
        'POST /api/v1/users/me/password': fail(401, 'unauthorized', 'The password is not right.'),
      });
      await rejection(api.post('/api/v1/users/me/password', {}));
      expect(ended).not.toHaveBeenCalled();
    });

    it('is not told about other errors', async () => {
      const ended = vi.fn();
      whenSessionEnds(ended);
      stubApi({ 'GET /api/v1/keys': fail(403, 'insufficient_scope') });
      await rejection(api.get('/api/v1/keys'));
      expect(ended).not.toHaveBeenCalled();
    });

    it('can be taken away', async () => {
      const ended = vi.fn();
      whenSessionEnds(ended);
      whenSessionEnds(null);
      stubApi({ 'GET /api/v1/keys': fail(401, 'unauthorized') });
      await rejection(api.get('/api/v1/keys'));
      expect(ended).not.toHaveBeenCalled();
    });
  });

  it('builds real Responses in the fake (sanity check of the test helper)', async () => {
    const response = toResponse(ok({ a: 1 }, 201));
    expect(response.status).toBe(201);
    await expect(response.json()).resolves.toEqual({ success: true, data: { a: 1 } });
  });
});
