import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { startPlatformSandbox } from '../../../test/support/platform-sandbox.js';
import { redirectParameters, type Sandbox } from '../../../test/support/sandbox-harness.js';
import {
  googleAuthorizePath,
  googleCode,
  googleExchange,
  googleToken,
  googleTokens,
  youtubeGet,
} from '../../../test/support/youtube-harness.js';
import { YOUTUBE_READONLY_SCOPE } from '../../config/platform-settings.js';

const VERIFIER = 'a-verifier-that-is-long-enough-for-rfc-7636-0123456789';
const S256_CHALLENGE = createHash('sha256').update(VERIFIER).digest('base64url');

describe('Google OAuth', () => {
  let sandbox: Sandbox;
  let app: FastifyInstance;

  beforeEach(async () => {
    sandbox = await startPlatformSandbox();
    app = sandbox.app;
  });
  afterEach(() => app.close());

  describe('consent page', () => {
    it('shows the channels to sign in as', async () => {
      const response = await app.inject({ method: 'GET', url: googleAuthorizePath() });

      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('@rivertechreviews');
    });

    it('redirects with a code, the state and the space-separated scope on approval', async () => {
      const response = await app.inject({
        method: 'GET',
        url: googleAuthorizePath({ sandbox_decision: 'approve' }),
      });
      const parameters = redirectParameters(response);

      expect(parameters).toMatchObject({ state: 'g-state', scope: YOUTUBE_READONLY_SCOPE });
      expect(parameters.code).toMatch(/^4\/0A/);
    });

    it('redirects with access_denied on denial', async () => {
      const response = await app.inject({
        method: 'GET',
        url: googleAuthorizePath({ sandbox_decision: 'deny' }),
      });

      expect(redirectParameters(response)).toEqual({ error: 'access_denied', state: 'g-state' });
    });

    it.each([
      ['an unknown client', { client_id: 'other.apps.googleusercontent.com' }, 401],
      ['an unregistered redirect URI', { redirect_uri: 'https://evil.example/cb' }, 400],
      ['an unknown scope', { scope: 'https://www.googleapis.com/auth/drive' }, 400],
      ['an unknown PKCE method', { code_challenge: 'x', code_challenge_method: 'S512' }, 400],
    ])('shows an error page for %s', async (_case, overrides, status) => {
      const response = await app.inject({
        method: 'GET',
        url: googleAuthorizePath({ sandbox_decision: 'approve', ...overrides }),
      });

      expect(response.statusCode).toBe(status);
      expect(response.headers.location).toBeUndefined();
    });
  });

  describe('token endpoint', () => {
    it('answers the first offline exchange with a refresh token', async () => {
      const response = await googleExchange(app, await googleCode(app));

      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        access_token: expect.stringMatching(/^ya29\./),
        expires_in: 3599,
        refresh_token: expect.stringMatching(/^1\/\//),
        scope: YOUTUBE_READONLY_SCOPE,
        token_type: 'Bearer',
      });
    });

    it('gives no refresh token again, unless prompt=consent or online access', async () => {
      await googleTokens(app);

      const again = await googleTokens(app);
      const forced = await googleTokens(app, { prompt: 'consent' });
      const online = await googleTokens(app, {
        sandbox_user: 'gardenwithjo',
        access_type: 'online',
      });

      expect(again).not.toHaveProperty('refresh_token');
      expect(forced.refresh_token).toEqual(expect.any(String));
      expect(online).not.toHaveProperty('refresh_token');
    });

    it('refuses a code used twice with invalid_grant', async () => {
      const code = await googleCode(app);
      await googleExchange(app, code);

      const again = await googleExchange(app, code);

      expect(again.statusCode).toBe(400);
      expect(again.json()).toEqual({ error: 'invalid_grant', error_description: 'Bad Request' });
    });

    it('refuses a wrong secret with invalid_client', async () => {
      const response = await googleExchange(app, await googleCode(app), { client_secret: 'x' });

      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ error: 'invalid_client' });
    });

    it('refreshes with the refresh token, which does not change', async () => {
      const tokens = await googleTokens(app);

      const refreshed = await googleToken(app, {
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token ?? '',
      });

      expect(refreshed.json()).toEqual({
        access_token: expect.stringMatching(/^ya29\./),
        expires_in: 3599,
        scope: YOUTUBE_READONLY_SCOPE,
        token_type: 'Bearer',
      });
      expect(refreshed.json().access_token).not.toBe(tokens.access_token);
    });
  });

  describe('PKCE', () => {
    it.each([
      ['S256', S256_CHALLENGE],
      ['plain', VERIFIER],
    ])('accepts the right verifier for %s', async (method, challenge) => {
      const code = await googleCode(app, {
        code_challenge: challenge,
        code_challenge_method: method,
      });

      const response = await googleExchange(app, code, { code_verifier: VERIFIER });

      expect(response.statusCode).toBe(200);
    });

    it('refuses a missing or wrong verifier with invalid_grant', async () => {
      const withChallenge = { code_challenge: S256_CHALLENGE, code_challenge_method: 'S256' };
      const missing = await googleExchange(app, await googleCode(app, withChallenge));
      const wrong = await googleExchange(app, await googleCode(app, withChallenge), {
        code_verifier: `${VERIFIER}x`,
      });

      expect(missing.json()).toEqual({
        error: 'invalid_grant',
        error_description: 'Missing code verifier.',
      });
      expect(wrong.json()).toEqual({
        error: 'invalid_grant',
        error_description: 'Invalid code verifier.',
      });
    });
  });

  describe('revocation', () => {
    it('revokes the grant: the refresh token and the access token stop working', async () => {
      const tokens = await googleTokens(app);

      const revoked = await app.inject({
        method: 'POST',
        url: `/google-token/revoke?token=${encodeURIComponent(tokens.refresh_token ?? '')}`,
      });
      const refresh = await googleToken(app, {
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token ?? '',
      });
      const call = await youtubeGet(app, 'channels?part=id&mine=true', tokens.access_token);
      const log = await app.inject({ method: 'GET', url: '/sandbox/revocations/youtube' });

      expect(revoked.statusCode).toBe(200);
      expect(refresh.json()).toMatchObject({ error: 'invalid_grant' });
      expect(call.statusCode).toBe(401);
      expect(call.json().error).toMatchObject({ code: 401, errors: [{ reason: 'authError' }] });
      expect(log.json().revocations).toHaveLength(1);
    });

    it('answers 400 invalid_token for a token it does not know', async () => {
      const response = await app.inject({ method: 'POST', url: '/google-token/revoke?token=nope' });

      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'invalid_token' });
    });
  });
});
