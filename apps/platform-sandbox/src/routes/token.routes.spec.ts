import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  approvedCode,
  CLIENT_KEY,
  CLIENT_SECRET,
  connect,
  exchange,
  formRequest,
  REDIRECT_URI,
  refresh,
  type Sandbox,
  startSandbox,
} from '../../test/support/sandbox-harness.js';
import type { IssuedTokens } from '../state/grants.js';

describe('POST /v2/oauth/token/ with grant_type=authorization_code', () => {
  let sandbox: Sandbox;
  let app: FastifyInstance;

  beforeEach(async () => {
    sandbox = await startSandbox({ accessTokenTtlSeconds: 7200, refreshTokenTtlSeconds: 15552000 });
    app = sandbox.app;
  });

  afterEach(() => app.close());

  it('trades a code for a flat token body with the configured lifetimes', async () => {
    const response = await exchange(app, await approvedCode(app));

    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({
      access_token: expect.stringMatching(/^act\./),
      expires_in: 7200,
      open_id: expect.any(String),
      refresh_expires_in: 15552000,
      refresh_token: expect.stringMatching(/^rft\./),
      scope: 'user.info.basic,user.info.profile,user.info.stats,video.list',
      token_type: 'Bearer',
    });
  });

  it('refuses a replayed code with invalid_grant and HTTP 200', async () => {
    const code = await approvedCode(app);
    await exchange(app, code);

    const replay = await exchange(app, code);

    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'Authorization code has been used.',
      log_id: expect.stringMatching(/^\d{14}[0-9A-F]{20}$/),
    });
  });

  it('refuses a code older than its lifetime', async () => {
    const code = await approvedCode(app);
    sandbox.clock.advance(301 * 1000);

    const response = await exchange(app, code);

    expect(response.json()).toMatchObject({
      error: 'invalid_grant',
      error_description: 'Authorization code is expired.',
    });
  });

  it('refuses a redirect_uri other than the one of the authorize request', async () => {
    const response = await exchange(app, await approvedCode(app), {
      redirect_uri: `${REDIRECT_URI}/`,
    });

    expect(response.json()).toMatchObject({
      error: 'invalid_grant',
      error_description: 'Redirect_uri is not matched with the uri when requesting code.',
    });
  });

  it('refuses a wrong client secret with invalid_client', async () => {
    const response = await exchange(app, await approvedCode(app), { client_secret: 'wrong' });

    expect(response.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('refuses a JSON body: the token endpoint is form-encoded only', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v2/oauth/token/',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ client_key: CLIENT_KEY, client_secret: CLIENT_SECRET }),
    });

    expect(response.json()).toMatchObject({
      error: 'invalid_request',
      error_description: 'The request parameters are malformed.',
    });
  });

  it('refuses an unknown grant type', async () => {
    const response = await app.inject(
      formRequest('/v2/oauth/token/', {
        client_key: CLIENT_KEY,
        client_secret: CLIENT_SECRET,
        grant_type: 'password',
      }),
    );

    expect(response.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('checks a PKCE verifier against the hex SHA-256 challenge', async () => {
    const verifier = 'v'.repeat(43);
    const challenge = createHash('sha256').update(verifier).digest('hex');
    const code = await approvedCode(app, {
      code_challenge: challenge,
      code_challenge_method: 'S256',
    });
    const otherCode = await approvedCode(app, {
      code_challenge: challenge,
      code_challenge_method: 'S256',
    });

    const right = await exchange(app, code, { code_verifier: verifier });
    const wrong = await exchange(app, otherCode, { code_verifier: 'w'.repeat(43) });

    expect(right.json()).toHaveProperty('access_token');
    expect(wrong.json()).toMatchObject({
      error: 'invalid_request',
      error_description: 'Code verifier or code challenge is invalid.',
    });
  });

  it('answers errors with 400 and 401 when switched to HTTP statuses', async () => {
    const { app: strict } = await startSandbox({ oauthErrorsWithHttpStatus: true });

    const badRequest = await exchange(strict, 'no-such-code');
    const badClient = await exchange(strict, 'no-such-code', { client_secret: 'wrong' });

    expect(badRequest.statusCode).toBe(400);
    expect(badClient.statusCode).toBe(401);
    await strict.close();
  });
});

describe('POST /v2/oauth/token/ with grant_type=refresh_token', () => {
  let sandbox: Sandbox;
  let app: FastifyInstance;

  beforeEach(async () => {
    sandbox = await startSandbox({ refreshTokenTtlSeconds: 86400 });
    app = sandbox.app;
  });

  afterEach(() => app.close());

  it('rotates: new tokens, and the previous refresh token stops working', async () => {
    const first = await connect(app);

    const second = (await refresh(app, first.refresh_token)).json<IssuedTokens>();
    const replay = await refresh(app, first.refresh_token);
    const third = await refresh(app, second.refresh_token);

    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.access_token).not.toBe(first.access_token);
    expect(replay.json()).toMatchObject({ error: 'invalid_grant' });
    expect(third.json()).toHaveProperty('access_token');
  });

  it('counts refresh_expires_in down from the first issue', async () => {
    const first = await connect(app);
    sandbox.clock.advance(3600 * 1000);

    const second = (await refresh(app, first.refresh_token)).json<IssuedTokens>();

    expect(second.refresh_expires_in).toBe(86400 - 3600);
  });

  it('refuses an expired refresh token', async () => {
    const first = await connect(app);
    sandbox.clock.advance(86401 * 1000);

    const response = await refresh(app, first.refresh_token);

    expect(response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a made-up refresh token', async () => {
    const response = await refresh(app, 'rft.made-up!0000');

    expect(response.json()).toMatchObject({ error: 'invalid_grant' });
  });
});
