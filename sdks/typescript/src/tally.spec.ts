import { apiError, json, ok, scriptedFetch, type SeenRequest } from '../test/fake-fetch.js';
import { TallyError } from './errors/tally-error.js';
import { Tally } from './tally.js';

const BASE_URL = 'http://tally.test';
const API_KEY = 'tly_sk_test';

function creator(id: string) {
  return { id, platform: 'TIKTOK', username: `user-${id}` };
}

function page(ids: string[], nextCursor: string | null) {
  return ok({
    items: ids.map(creator),
    nextCursor,
    prevCursor: null,
    hasMoreBefore: false,
    hasMoreAfter: nextCursor !== null,
  });
}

const tokenAnswer = (token: string) =>
  json(200, {
    access_token: token,
    token_type: 'bearer',
    expires_in: 3600,
    scope: 'creators:read',
  });

describe('Tally', () => {
  describe('with an API key', () => {
    it('lists every creator, page after page, with the key as a bearer token', async () => {
      const { fetch, requests } = scriptedFetch(page(['a', 'b'], 'cursor/2+'), page(['c'], null));
      const tally = new Tally({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });

      const ids: string[] = [];
      for await (const item of tally.creators.list({ platform: 'TIKTOK', limit: 2 }))
        ids.push(item.id);

      expect(ids).toEqual(['a', 'b', 'c']);
      expect(requests.map((seen) => `${seen.url.pathname}${seen.url.search}`)).toEqual([
        '/api/v1/creators?platform=TIKTOK&limit=2',
        '/api/v1/creators?platform=TIKTOK&limit=2&cursor=cursor%2F2%2B',
      ]);
      for (const seen of requests)
        expect(seen.headers.get('authorization')).toBe(`Bearer ${API_KEY}`);
    });

    it('reads one page with page()', async () => {
      const { fetch, requests } = scriptedFetch(page(['a', 'b'], 'next'));
      const tally = new Tally({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });

      const first = await tally.creators.list({ limit: 2 }).page();

      expect(first.items.map((item) => item.id)).toEqual(['a', 'b']);
      expect(first.nextCursor).toBe('next');
      expect(requests).toHaveLength(1);
    });

    it('sends JSON bodies and path parameters, and returns the envelope’s data', async () => {
      const { fetch, requests } = scriptedFetch(
        ok({ id: 'k1', key: 'tly_sk_new' }, 201),
        ok({ id: 'k/1' }),
      );
      const tally = new Tally({ apiKey: API_KEY, baseUrl: `${BASE_URL}/`, fetch });

      const created = await tally.keys.create({
        name: 'reporting job',
        type: 'secret',
        environment: 'production',
        roles: ['read-only'],
        expiresInDays: 90,
      });
      await tally.keys.revoke('k/1');

      expect(created).toEqual({ id: 'k1', key: 'tly_sk_new' });
      expect(requests[0]).toMatchObject({ method: 'POST' });
      expect(requests[0].headers.get('content-type')).toBe('application/json');
      expect(JSON.parse(requests[0].body ?? '')).toMatchObject({ name: 'reporting job' });
      expect(requests[1].method).toBe('DELETE');
      expect(requests[1].url.href).toBe(`${BASE_URL}/api/v1/keys/k%2F1`);
    });

    it('throws a TallyError with the code, message, details and request id of an error', async () => {
      const { fetch } = scriptedFetch(apiError(404, 'not_found'));
      const tally = new Tally({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });

      const error = await tally.creators.get('missing').catch((reason: unknown) => reason);

      expect(error).toBeInstanceOf(TallyError);
      expect(error).toMatchObject({
        status: 404,
        code: 'not_found',
        message: 'not_found happened',
        details: [],
        requestId: 'req-404',
      });
    });

    it('throws unexpected_response for a success that is not the API’s JSON', async () => {
      const { fetch } = scriptedFetch(
        new Response('<html>hello</html>', {
          status: 200,
          headers: { 'content-type': 'text/html' },
        }),
        json(200, { something: 'else' }),
      );
      const tally = new Tally({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });

      await expect(tally.users.me()).rejects.toMatchObject({
        status: 200,
        code: 'unexpected_response',
      });
      await expect(tally.users.me()).rejects.toMatchObject({
        status: 200,
        code: 'unexpected_response',
      });
    });

    it('retries a GET refused with 429 after Retry-After, telling onRetry', async () => {
      const onRetry = jest.fn();
      const { fetch, requests } = scriptedFetch(
        apiError(429, 'rate_limited', { 'retry-after': '0' }),
        ok({ account: { id: 'acc' } }),
      );
      const tally = new Tally({ apiKey: API_KEY, baseUrl: BASE_URL, fetch, onRetry });

      await expect(tally.users.me()).resolves.toEqual({ account: { id: 'acc' } });

      expect(requests).toHaveLength(2);
      expect(onRetry).toHaveBeenCalledWith(
        expect.objectContaining({ retry: 1, status: 429, delayMs: 0 }),
      );
    });

    it('retries a POST only when the call asks for it', async () => {
      const refused = () => apiError(503, 'service_unavailable', { 'retry-after': '0' });
      const { fetch, requests } = scriptedFetch(refused(), refused(), ok({ synced: false }, 202));
      const tally = new Tally({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });

      await expect(tally.creators.sync('c1')).rejects.toMatchObject({ status: 503 });
      await expect(tally.creators.sync('c1', { retry: true })).resolves.toEqual({ synced: false });
      expect(requests).toHaveLength(3);
    });

    it('does not retry a call that says retry: false', async () => {
      const { fetch, requests } = scriptedFetch(
        apiError(429, 'rate_limited', { 'retry-after': '0' }),
      );
      const tally = new Tally({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });

      await expect(tally.users.me({ retry: false })).rejects.toMatchObject({
        code: 'rate_limited',
      });
      expect(requests).toHaveLength(1);
    });

    it('does not try a refused key again', async () => {
      const { fetch, requests } = scriptedFetch(apiError(401, 'unauthorized'));
      const tally = new Tally({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });

      await expect(tally.users.me()).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
      expect(requests).toHaveLength(1);
    });

    it('starts a connect flow at the platform’s path, whatever its case', async () => {
      const { fetch, requests } = scriptedFetch(ok({ authUrl: 'https://x', state: 's' }, 201));
      const tally = new Tally({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });

      await tally.connect.start('YOUTUBE', { externalUserId: 'crm-1' });

      expect(requests[0].url.pathname).toBe('/api/v1/connect/youtube');
      expect(() => tally.connect.start('myspace' as 'tiktok')).toThrow(/unknown platform/);
    });
  });

  describe('with OAuth client credentials', () => {
    const options = { clientId: 'tly_ci_1', clientSecret: 'tly_cs_secret', baseUrl: BASE_URL };

    function isTokenRequest(seen: SeenRequest): boolean {
      return seen.url.pathname === '/oauth/token';
    }

    it('trades the client credentials for a token, once, and sends it as a bearer token', async () => {
      const { fetch, requests } = scriptedFetch(tokenAnswer('jwt-1'), ok({}), ok({}));
      const tally = new Tally({ ...options, scope: 'creators:read', fetch });

      await tally.users.me();
      await tally.users.me();

      const [token, ...calls] = requests;
      expect(isTokenRequest(token)).toBe(true);
      expect(token.method).toBe('POST');
      expect(token.headers.get('authorization')).toBe(`Basic ${btoa('tly_ci_1:tly_cs_secret')}`);
      expect(token.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
      expect(Object.fromEntries(new URLSearchParams(token.body))).toEqual({
        grant_type: 'client_credentials',
        scope: 'creators:read',
      });
      expect(calls.map((seen) => seen.headers.get('authorization'))).toEqual([
        'Bearer jwt-1',
        'Bearer jwt-1',
      ]);
    });

    it('fetches a new token after a 401 and sends the request once more', async () => {
      const { fetch, requests } = scriptedFetch(
        tokenAnswer('jwt-1'),
        apiError(401, 'unauthorized'),
        tokenAnswer('jwt-2'),
        ok({ fine: true }),
      );
      const tally = new Tally({ ...options, fetch });

      await expect(tally.users.me()).resolves.toEqual({ fine: true });
      expect(requests.map((seen) => seen.headers.get('authorization'))).toEqual([
        expect.stringMatching(/^Basic /),
        'Bearer jwt-1',
        expect.stringMatching(/^Basic /),
        'Bearer jwt-2',
      ]);
    });

    it('gives up after a second 401', async () => {
      const { fetch, requests } = scriptedFetch(
        tokenAnswer('jwt-1'),
        apiError(401, 'unauthorized'),
        tokenAnswer('jwt-2'),
        apiError(401, 'unauthorized'),
      );
      const tally = new Tally({ ...options, fetch });

      await expect(tally.users.me()).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
      expect(requests).toHaveLength(4);
    });

    it('throws the token endpoint’s OAuth error as a TallyError', async () => {
      const { fetch } = scriptedFetch(
        json(401, {
          error: 'invalid_client',
          error_description: 'the client credentials are wrong',
        }),
      );
      const tally = new Tally({ ...options, fetch });

      await expect(tally.creators.list().page()).rejects.toMatchObject({
        name: 'TallyError',
        status: 401,
        code: 'invalid_client',
        message: 'the client credentials are wrong',
      });
    });
  });

  describe('options', () => {
    it('needs an API key or a client id and secret, not both', () => {
      expect(() => new Tally({} as { apiKey: string })).toThrow(TypeError);
      expect(
        () =>
          new Tally({ apiKey: API_KEY, clientId: 'x', clientSecret: 'y' } as unknown as {
            apiKey: string;
          }),
      ).toThrow(/either apiKey, or clientId and clientSecret/);
    });

    it('refuses a base URL that is not an absolute http(s) URL', () => {
      expect(() => new Tally({ apiKey: API_KEY, baseUrl: '127.0.0.1:3000' })).toThrow(
        /absolute URL/,
      );
      expect(() => new Tally({ apiKey: API_KEY, baseUrl: 'ftp://tally.test' })).toThrow(
        /http or https/,
      );
    });

    it('refuses a negative retry count', () => {
      expect(() => new Tally({ apiKey: API_KEY, maxRetries: -1 })).toThrow(/maxRetries/);
    });

    it('calls http://127.0.0.1:3000 by default', async () => {
      const { fetch, requests } = scriptedFetch(ok({}));

      await new Tally({ apiKey: API_KEY, fetch }).ping();

      expect(requests[0].url.href).toBe('http://127.0.0.1:3000/api/v1/ping');
    });
  });
});
