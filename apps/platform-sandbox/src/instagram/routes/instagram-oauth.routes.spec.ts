import type { FastifyInstance } from 'fastify';
import {
  graphGet,
  INSTAGRAM_REDIRECT_URI,
  instagramAuthorizePath,
  instagramCode,
  instagramExchange,
  instagramToken,
} from '../../../test/support/instagram-harness.js';
import { startPlatformSandbox } from '../../../test/support/platform-sandbox.js';
import { redirectParameters, type Sandbox } from '../../../test/support/sandbox-harness.js';
import { SANDBOX_INSTAGRAM_APP_SECRET } from '../../config/platform-credentials.js';

describe('Instagram login', () => {
  let sandbox: Sandbox;
  let app: FastifyInstance;

  beforeEach(async () => {
    sandbox = await startPlatformSandbox();
    app = sandbox.app;
  });
  afterEach(() => app.close());

  describe('authorize page', () => {
    it('shows a consent page listing the accounts and scopes', async () => {
      const response = await app.inject({ method: 'GET', url: instagramAuthorizePath() });

      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toContain('@nora.plates');
      expect(response.body).toContain('instagram_business_manage_insights');
    });

    it('redirects with a code, the state and the trailing #_ on approval', async () => {
      const response = await app.inject({
        method: 'GET',
        url: instagramAuthorizePath({ sandbox_decision: 'approve' }),
      });

      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toMatch(/#_$/);
      expect(redirectParameters(response)).toMatchObject({ state: 'ig-state' });
      expect(redirectParameters(response).code).toEqual(expect.any(String));
    });

    it('redirects with access_denied and user_denied on denial', async () => {
      const response = await app.inject({
        method: 'GET',
        url: instagramAuthorizePath({ sandbox_decision: 'deny' }),
      });

      expect(redirectParameters(response)).toEqual({
        error: 'access_denied',
        error_reason: 'user_denied',
        error_description: 'The user denied your request',
        state: 'ig-state',
      });
    });

    it('accepts the approval posted by the page form', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/instagram-auth/oauth/authorize',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          client_id: 'sandbox-instagram-app',
          redirect_uri: INSTAGRAM_REDIRECT_URI,
          response_type: 'code',
          scope: 'instagram_business_basic',
          sandbox_user: 'atlas.outdoors',
          decision: 'approve',
        }).toString(),
      });

      expect(response.statusCode).toBe(302);
      expect(redirectParameters(response).code).toEqual(expect.any(String));
    });

    it.each([
      ['an unknown app', { client_id: 'someone-else' }],
      ['an unregistered redirect URI', { redirect_uri: 'https://evil.example/cb' }],
      ['an unknown scope', { scope: 'user_profile' }],
    ])('shows an error page, never a redirect, for %s', async (_case, overrides) => {
      const response = await app.inject({
        method: 'GET',
        url: instagramAuthorizePath({ sandbox_decision: 'approve', ...overrides }),
      });

      expect(response.statusCode).toBe(400);
      expect(response.headers.location).toBeUndefined();
    });
  });

  describe('code exchange', () => {
    it('answers the data[] shape with the account id and the permissions', async () => {
      const response = await instagramExchange(
        app,
        await instagramCode(app, { sandbox_user: 'atlas.outdoors' }),
      );
      const creators = await app.inject({
        method: 'GET',
        url: '/sandbox/creators?platform=instagram',
      });

      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        data: [
          {
            access_token: expect.stringMatching(/^IGAA/),
            user_id: creators.json().creators[1].user_id,
            permissions: 'instagram_business_basic,instagram_business_manage_insights',
          },
        ],
      });
    });

    it('refuses a code used twice with the OAuthException body', async () => {
      const code = await instagramCode(app);
      await instagramExchange(app, code);

      const again = await instagramExchange(app, code);

      expect(again.statusCode).toBe(400);
      expect(again.json()).toEqual({
        error_type: 'OAuthException',
        code: 400,
        error_message: 'Matching code was not found or was already used',
      });
    });

    it('refuses a code older than an hour', async () => {
      const code = await instagramCode(app);
      sandbox.clock.advance(3_601_000);

      const response = await instagramExchange(app, code);

      expect(response.json()).toMatchObject({ error_type: 'OAuthException', code: 400 });
    });

    it('refuses a wrong secret and another redirect URI', async () => {
      const secret = await instagramExchange(app, await instagramCode(app), {
        client_secret: 'nope',
      });
      const redirect = await instagramExchange(app, await instagramCode(app), {
        redirect_uri: 'https://app.example.com/other',
      });

      expect(secret.json()).toMatchObject({ error_message: 'Error validating client secret.' });
      expect(redirect.json().error_message).toMatch(/redirect_uri is identical/);
    });
  });

  describe('long-lived tokens', () => {
    const exchangeUrl = (token: string, secret = SANDBOX_INSTAGRAM_APP_SECRET) =>
      `/access_token?grant_type=ig_exchange_token&client_secret=${secret}&access_token=${token}`;
    const refreshUrl = (token: string) =>
      `/refresh_access_token?grant_type=ig_refresh_token&access_token=${token}`;

    it('exchanges a short-lived token for a 60-day bearer token', async () => {
      const response = await graphGet(app, exchangeUrl(await instagramToken(app)));

      expect(response.json()).toEqual({
        access_token: expect.stringMatching(/^IGAA/),
        token_type: 'bearer',
        expires_in: 5_184_000,
      });
    });

    it('refuses the exchange with a wrong secret', async () => {
      const response = await graphGet(app, exchangeUrl(await instagramToken(app), 'nope'));

      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ type: 'OAuthException', code: 101 });
    });

    it('refreshes a long-lived token only once it is 24 hours old', async () => {
      const longLived = (await graphGet(app, exchangeUrl(await instagramToken(app)))).json()
        .access_token as string;

      const tooYoung = await graphGet(app, refreshUrl(longLived));
      sandbox.clock.advance(24 * 3_600_000);
      const refreshed = await graphGet(app, refreshUrl(longLived));

      expect(tooYoung.statusCode).toBe(400);
      expect(tooYoung.json().error.code).toBe(100);
      expect(refreshed.statusCode).toBe(200);
      expect(refreshed.json()).toMatchObject({ token_type: 'bearer', expires_in: 5_184_000 });
      expect(refreshed.json().access_token).not.toBe(longLived);
    });

    it('answers 190/463 for an expired long-lived token', async () => {
      const longLived = (await graphGet(app, exchangeUrl(await instagramToken(app)))).json()
        .access_token as string;
      sandbox.clock.advance(5_184_001_000);

      const response = await graphGet(app, refreshUrl(longLived));

      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: {
          message: expect.stringMatching(/^Error validating access token: Session has expired/),
          type: 'OAuthException',
          code: 190,
          error_subcode: 463,
          fbtrace_id: expect.any(String),
        },
      });
    });
  });
});
