import {
  AppError,
  CreatorsSubjects,
  type ConnectOutcome,
  type Platform,
  PLATFORM_NAMES,
  platformSlug,
  type Principal,
} from '@tally/contracts';
import { randomUUID } from 'node:crypto';
import { bearer, GatewayWithFakes, startGatewayWithFakes } from './gateway-with-fakes.js';

const SHOP = 'https://shop.example';
const STARTED = {
  authUrl: 'https://www.tiktok.com/v2/auth/authorize/?state=s1',
  state: 's1',
  expiresAt: '2025-01-01T00:10:00.000Z',
};

describe('connecting an account through the gateway', () => {
  let fakes: GatewayWithFakes;
  let manager: { key: string; principal: Principal };
  let reader: { key: string; principal: Principal };
  let browser: { key: string; principal: Principal };

  beforeAll(async () => {
    fakes = await startGatewayWithFakes();
    manager = fakes.keys.add('secret', ['creators:read', 'creators:write']);
    reader = fakes.keys.add('secret', ['creators:read']);
    browser = fakes.keys.add('publishable', ['creators:read'], { allowedOrigins: [SHOP] });
    fakes.creators.on(CreatorsSubjects.startConnect, STARTED);
  });

  afterAll(async () => {
    await fakes?.stop();
  });

  describe('POST /api/v1/connect/tiktok', () => {
    function start(key: string, headers: Record<string, string> = {}, payload?: string) {
      return fakes.gateway.inject({
        method: 'POST',
        url: '/api/v1/connect/tiktok',
        headers: { ...bearer(key), ...headers },
        ...(payload === undefined ? {} : { payload }),
      });
    }

    it('starts a flow without a body: 201 with the authorization URL', async () => {
      const response = await start(manager.key);

      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual({ success: true, data: STARTED });
      expect(fakes.creators.last(CreatorsSubjects.startConnect)).toEqual({
        principal: manager.principal,
        platform: 'TIKTOK',
        input: {},
        openerOrigin: null,
      });
    });

    it('passes the redirect URL and the external user id on', async () => {
      const input = { redirectUrl: 'https://shop.example/done?x=1', externalUserId: 'user-42' };

      const response = await start(
        manager.key,
        { 'content-type': 'application/json' },
        JSON.stringify(input),
      );

      expect(response.statusCode).toBe(201);
      expect(fakes.creators.last(CreatorsSubjects.startConnect)).toMatchObject({ input });
    });

    it('takes an empty body sent as JSON as no body', async () => {
      const response = await start(manager.key, { 'content-type': 'application/json' }, '');

      expect(response.statusCode).toBe(201);
      expect(fakes.creators.last(CreatorsSubjects.startConnect)).toMatchObject({ input: {} });
    });

    it('takes an empty JSON object', async () => {
      const response = await start(manager.key, { 'content-type': 'application/json' }, '{}');

      expect(response.statusCode).toBe(201);
    });

    it('refuses a redirect URL that is not http(s)', async () => {
      const response = await start(
        manager.key,
        { 'content-type': 'application/json' },
        JSON.stringify({ redirectUrl: 'javascript:alert(1)' }),
      );

      expect(response.statusCode).toBe(400);
    });

    it('lets a publishable key start a flow from its allowed origin', async () => {
      const response = await start(browser.key, { origin: SHOP });

      expect(response.statusCode).toBe(201);
      expect(response.headers['access-control-allow-origin']).toBe(SHOP);
      expect(fakes.creators.last(CreatorsSubjects.startConnect)).toMatchObject({
        principal: browser.principal,
        openerOrigin: SHOP,
      });
    });

    it('records no opener for a caller without an Origin', async () => {
      await start(manager.key);

      expect(fakes.creators.last(CreatorsSubjects.startConnect)).toMatchObject({
        openerOrigin: null,
      });
    });

    it('answers 400 naming redirectUrl when the creators service refuses it', async () => {
      fakes.creators.fail(
        CreatorsSubjects.startConnect,
        new AppError('validation_failed', 'redirectUrl is not allowed: no match', [
          { field: 'redirectUrl', reason: 'no match' },
        ]),
      );
      try {
        const response = await start(
          manager.key,
          { 'content-type': 'application/json' },
          JSON.stringify({ redirectUrl: 'https://elsewhere.example/' }),
        );

        expect(response.statusCode).toBe(400);
        expect(response.json()).toMatchObject({
          success: false,
          error: { code: 'validation_failed', details: [{ field: 'redirectUrl' }] },
        });
      } finally {
        fakes.creators.on(CreatorsSubjects.startConnect, STARTED);
      }
    });

    it('refuses a publishable key from another origin', async () => {
      const response = await start(browser.key, { origin: 'https://elsewhere.example' });

      expect(response.statusCode).toBe(403);
    });

    it('refuses a secret key without creators:write', async () => {
      const response = await start(reader.key);

      expect(response.statusCode).toBe(403);
    });

    it('keeps refusing an empty JSON body on routes that need one', async () => {
      const response = await fakes.gateway.inject({
        method: 'POST',
        url: '/api/v1/resources/search',
        headers: { ...bearer(reader.key), 'content-type': 'application/json' },
        payload: '',
      });

      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'invalid_json' } });
    });
  });

  describe('/api/v1/connect/redirect-urls', () => {
    const VIEW = { urls: ['https://shop.example/creators'], updatedAt: '2025-01-01T00:00:00.000Z' };

    beforeAll(() => {
      fakes.creators.on(CreatorsSubjects.getRedirectUrls, VIEW);
      fakes.creators.on(CreatorsSubjects.replaceRedirectUrls, VIEW);
    });

    function replace(key: string, body: unknown) {
      return fakes.gateway.inject({
        method: 'PUT',
        url: '/api/v1/connect/redirect-urls',
        headers: { ...bearer(key), 'content-type': 'application/json' },
        payload: JSON.stringify(body),
      });
    }

    it('lists them with creators:read', async () => {
      const response = await fakes.gateway.inject({
        method: 'GET',
        url: '/api/v1/connect/redirect-urls',
        headers: bearer(reader.key),
      });

      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ success: true, data: VIEW });
      expect(fakes.creators.last(CreatorsSubjects.getRedirectUrls)).toEqual({
        principal: reader.principal,
      });
    });

    it('replaces them with creators:write, normalised and once each', async () => {
      const response = await replace(manager.key, {
        urls: [
          'https://Shop.Example/creators/',
          'https://shop.example/creators',
          'http://localhost:5173',
        ],
      });

      expect(response.statusCode).toBe(200);
      expect(fakes.creators.last(CreatorsSubjects.replaceRedirectUrls)).toEqual({
        principal: manager.principal,
        input: { urls: ['https://shop.example/creators', 'http://localhost:5173'] },
      });
    });

    it('refuses a replacement without creators:write', async () => {
      const response = await replace(reader.key, { urls: [] });

      expect(response.statusCode).toBe(403);
    });

    it('refuses a publishable key', async () => {
      const response = await fakes.gateway.inject({
        method: 'GET',
        url: '/api/v1/connect/redirect-urls',
        headers: { ...bearer(browser.key), origin: SHOP },
      });

      expect(response.statusCode).toBe(403);
    });

    it.each([
      ['plain http', 'http://shop.example/done'],
      ['a relative URL', '/done'],
      ['a query', 'https://shop.example/done?x=1'],
      ['a fragment', 'https://shop.example/done#top'],
      ['a user name', 'https://user@shop.example/done'],
      ['another scheme', 'javascript:alert(1)'],
    ])('refuses %s with 400', async (_what, url) => {
      const response = await replace(manager.key, { urls: [url] });

      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'validation_failed' } });
    });

    it('refuses more than 20', async () => {
      const urls = Array.from({ length: 21 }, (_, index) => `https://shop.example/${index}`);

      expect((await replace(manager.key, { urls })).statusCode).toBe(400);
    });
  });

  describe.each<Platform>(['TIKTOK', 'INSTAGRAM', 'YOUTUBE'])('the %s routes', (platform) => {
    const slug = platformSlug(platform);
    const name = PLATFORM_NAMES[platform];
    const started = { ...STARTED, authUrl: `https://consent.example/${slug}?state=s1` };

    beforeEach(() => {
      fakes.creators.on(CreatorsSubjects.startConnect, started);
    });

    afterAll(() => {
      fakes.creators.on(CreatorsSubjects.startConnect, STARTED);
    });

    function start(key: string, headers: Record<string, string> = {}, payload?: string) {
      return fakes.gateway.inject({
        method: 'POST',
        url: `/api/v1/connect/${slug}`,
        headers: { ...bearer(key), ...headers },
        ...(payload === undefined ? {} : { payload }),
      });
    }

    it("starts a flow: 201 with the creators service's answer, asked for the route's platform", async () => {
      const input = { redirectUrl: 'https://shop.example/done', externalUserId: 'user-42' };

      const response = await start(
        manager.key,
        { 'content-type': 'application/json' },
        JSON.stringify(input),
      );

      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual({ success: true, data: started });
      expect(fakes.creators.last(CreatorsSubjects.startConnect)).toEqual({
        principal: manager.principal,
        platform,
        input,
        openerOrigin: null,
      });
    });

    it('starts without a body', async () => {
      const response = await start(manager.key);

      expect(response.statusCode).toBe(201);
      expect(fakes.creators.last(CreatorsSubjects.startConnect)).toMatchObject({
        platform,
        input: {},
      });
    });

    it('refuses an unknown field of the body, as on TikTok', async () => {
      const response = await start(
        manager.key,
        { 'content-type': 'application/json' },
        JSON.stringify({ platform: 'TIKTOK' }),
      );

      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'validation_failed' } });
    });

    it('lets a publishable key start from its allowed origin, and no other', async () => {
      const allowed = await start(browser.key, { origin: SHOP });
      const elsewhere = await start(browser.key, { origin: 'https://elsewhere.example' });

      expect(allowed.statusCode).toBe(201);
      expect(fakes.creators.last(CreatorsSubjects.startConnect)).toMatchObject({
        principal: browser.principal,
        platform,
        openerOrigin: SHOP,
      });
      expect(elsewhere.statusCode).toBe(403);
    });

    it('refuses a secret key without creators:write, and a caller without a key', async () => {
      const reading = await start(reader.key);
      const anonymous = await fakes.gateway.inject({
        method: 'POST',
        url: `/api/v1/connect/${slug}`,
      });

      expect(reading.statusCode).toBe(403);
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json()).toMatchObject({ success: false, error: { code: 'unauthorized' } });
    });

    it('forwards the callback with the platform, and names it on the page', async () => {
      fakes.creators.on(CreatorsSubjects.completeConnect, {
        status: 'connected',
        creatorId: randomUUID(),
        username: 'maker',
        displayName: null,
        redirectUrl: null,
        openerOrigin: null,
      } satisfies ConnectOutcome);

      const response = await fakes.gateway.inject({
        method: 'GET',
        url: `/api/v1/connect/${slug}/callback?state=s1&code=c1&scope=a+b&authuser=0`,
      });

      expect(fakes.creators.last(CreatorsSubjects.completeConnect)).toEqual({
        platform,
        state: 's1',
        code: 'c1',
      });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain(`The ${name} account @maker is now connected.`);
    });

    it('hands a denial on to the service and shows its 400 page', async () => {
      fakes.creators.on(CreatorsSubjects.completeConnect, {
        status: 'failed',
        reason: 'access_denied',
        message: 'Access was declined.',
        redirectUrl: null,
        openerOrigin: null,
      } satisfies ConnectOutcome);

      const response = await fakes.gateway.inject({
        method: 'GET',
        url: `/api/v1/connect/${slug}/callback?state=s1&error=access_denied&error_reason=user_denied&error_description=Permissions+error`,
      });

      expect(fakes.creators.last(CreatorsSubjects.completeConnect)).toEqual({
        platform,
        state: 's1',
        error: 'access_denied',
        errorDescription: 'Permissions error',
      });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain(`<h1>${name} account not connected</h1>`);
    });

    it('answers HEAD on the callback without asking the service', async () => {
      const asked = fakes.creators.received.length;

      const response = await fakes.gateway.inject({
        method: 'HEAD',
        url: `/api/v1/connect/${slug}/callback?state=s1&code=c1`,
      });

      expect(response.statusCode).toBe(200);
      expect(fakes.creators.received).toHaveLength(asked);
    });
  });

  describe('paths that are not a platform', () => {
    function send(method: 'GET' | 'POST', url: string) {
      return fakes.gateway.inject({ method, url, headers: bearer(manager.key) });
    }

    it.each([
      ['POST', '/api/v1/connect/myspace'],
      ['GET', '/api/v1/connect/myspace/callback'],
      ['POST', '/api/v1/connect/YouTube'],
      ['POST', '/api/v1/connect/INSTAGRAM'],
      ['GET', '/api/v1/connect/YouTube/callback'],
      ['GET', '/api/v1/connect/youtube'],
      ['POST', '/api/v1/connect/youtube/callback'],
    ] as const)('answers %s %s with a 404 in the envelope, asking no one', async (method, url) => {
      const asked = fakes.creators.received.length;

      const response = await send(method, url);

      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ success: false, error: { code: 'route_not_found' } });
      expect(fakes.creators.received).toHaveLength(asked);
    });

    it('answers a trailing slash as the rest of the API does', async () => {
      const connect = await send('POST', '/api/v1/connect/youtube/');
      const creators = await send('GET', '/api/v1/creators/');

      expect(creators.statusCode).toBe(404);
      expect(connect.statusCode).toBe(creators.statusCode);
      expect(connect.json()).toMatchObject({
        success: creators.json<{ success: boolean }>().success,
      });
    });
  });

  describe('GET /api/v1/connect/tiktok/callback', () => {
    const creatorId = randomUUID();

    function callback(query: string) {
      return fakes.gateway.inject({
        method: 'GET',
        url: `/api/v1/connect/tiktok/callback?${query}`,
      });
    }

    function outcome(value: ConnectOutcome): void {
      fakes.creators.on(CreatorsSubjects.completeConnect, value);
    }

    it('hands TikTok’s parameters to the creators service, ignoring ones it does not know', async () => {
      outcome({
        status: 'connected',
        creatorId,
        username: 'dancer',
        displayName: null,
        redirectUrl: null,
        openerOrigin: null,
      });

      await callback('state=s1&code=c1&scopes=user.info.basic&new_param=1&new_param=2');

      expect(fakes.creators.last(CreatorsSubjects.completeConnect)).toEqual({
        platform: 'TIKTOK',
        state: 's1',
        code: 'c1',
      });
    });

    it('shows a page with status 200 when connected, whose own script may run', async () => {
      outcome({
        status: 'connected',
        creatorId,
        username: 'dancer',
        displayName: null,
        redirectUrl: null,
        openerOrigin: null,
      });

      const response = await callback('state=s1&code=c1');

      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body).toContain('The TikTok account @dancer is now connected.');
      const nonce = /<script nonce="([^"]+)">/.exec(response.body)?.[1];
      expect(nonce).toBeDefined();
      expect(response.headers['content-security-policy']).toContain(`script-src 'nonce-${nonce}'`);
      expect(response.headers).toMatchObject({
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
        // helmet's same-origin would take window.opener away from the popup
        'cross-origin-opener-policy': 'unsafe-none',
      });
      expect(response.headers['x-request-id']).toBeDefined();
      expect(response.headers['x-ratelimit-limit']).toBeDefined();
    });

    it('uses a new nonce for every page', async () => {
      outcome({
        status: 'connected',
        creatorId,
        username: null,
        displayName: null,
        redirectUrl: null,
        openerOrigin: null,
      });

      const [first, second] = await Promise.all([callback('state=a'), callback('state=b')]);

      expect(first.headers['content-security-policy']).not.toBe(
        second.headers['content-security-policy'],
      );
    });

    it('redirects to the customer’s page with the outcome when the flow named one', async () => {
      outcome({
        status: 'connected',
        creatorId,
        username: 'dancer',
        displayName: null,
        redirectUrl: 'https://shop.example/done?tab=creators',
        openerOrigin: null,
      });

      const response = await callback('state=s1&code=c1');

      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe(
        `https://shop.example/done?tab=creators&creatorId=${creatorId}&status=connected`,
      );
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('redirects failures with the reason and message', async () => {
      outcome({
        status: 'failed',
        reason: 'access_denied',
        message: 'Access was declined on TikTok.',
        redirectUrl: 'https://shop.example/done',
        openerOrigin: null,
      });

      const response = await callback('state=s1&error=access_denied');

      const location = new URL(String(response.headers.location));
      expect(response.statusCode).toBe(302);
      expect(Object.fromEntries(location.searchParams)).toEqual({
        status: 'error',
        error: 'access_denied',
        message: 'Access was declined on TikTok.',
      });
    });

    it('shows 400 for a link that expired', async () => {
      outcome({
        status: 'failed',
        reason: 'state_expired',
        message: 'This connection link expired.',
        redirectUrl: null,
        openerOrigin: null,
      });

      const response = await callback('state=old&code=c1');

      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('This connection link expired.');
    });

    it('shows 502 when TikTok failed the exchange', async () => {
      outcome({
        status: 'failed',
        reason: 'exchange_failed',
        message: 'TikTok did not accept the authorization.',
        redirectUrl: null,
        openerOrigin: null,
      });

      const response = await callback('state=s1&code=c1');

      expect(response.statusCode).toBe(502);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    });

    it('shows 400 without asking the service when a parameter is repeated', async () => {
      const asked = fakes.creators.received.length;

      const response = await callback('state=a&state=b&code=c1');

      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('This link is not valid');
      expect(fakes.creators.received).toHaveLength(asked);
    });

    it('answers HEAD without asking the service, so that a link checker cannot use up the state', async () => {
      const asked = fakes.creators.received.length;

      const response = await fakes.gateway.inject({
        method: 'HEAD',
        url: '/api/v1/connect/tiktok/callback?state=s1&code=c1',
      });

      expect(response.statusCode).toBe(200);
      expect(fakes.creators.received).toHaveLength(asked);
    });

    it('needs no credential, and ignores one', async () => {
      outcome({
        status: 'connected',
        creatorId,
        username: null,
        displayName: null,
        redirectUrl: null,
        openerOrigin: null,
      });

      const response = await fakes.gateway.inject({
        method: 'GET',
        url: '/api/v1/connect/tiktok/callback?state=s1&code=c1',
        headers: { authorization: 'Bearer not-a-key' },
      });

      expect(response.statusCode).toBe(200);
    });

    it('shows a 503 page, not the JSON envelope, when the creators service is down', async () => {
      await fakes.stopCreators();

      const response = await callback('state=s1&code=c1');

      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body).toContain('Tally is not available right now');
    });
  });
});
