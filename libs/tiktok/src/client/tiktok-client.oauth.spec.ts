import {
  badClientSecretWith200,
  badGatewayPage,
  codeExpiredWith200,
  legacyWrappedToken,
  LOG_ID,
  malformedRequestWith400,
  revokedEmptyBody,
  revokedEmptyObject,
  temporarilyUnavailableWith200,
  throttledWith429,
  tokenGranted,
  tokenRefreshedWithOldLifetimes,
} from '../../test/fixtures/recorded-answers.js';
import {
  CLIENT_KEY,
  CLIENT_SECRET,
  clientWith,
  failureOf,
  NOW,
} from '../../test/support/client-with.js';

const REDIRECT_URI = 'https://app.example.com/api/v1/connect/tiktok/callback';
const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

describe('TikTokClient.authorizeUrl', () => {
  it('builds the consent page URL with client_key and comma-separated scopes', () => {
    const { client } = clientWith();

    const url = new URL(
      client.authorizeUrl({
        redirectUri: REDIRECT_URI,
        state: 'st-1',
        scopes: ['user.info.basic', 'video.list'],
      }),
    );

    expect(url.origin + url.pathname).toBe('https://www.tiktok.com/v2/auth/authorize/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_key: CLIENT_KEY,
      scope: 'user.info.basic,video.list',
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      state: 'st-1',
    });
  });

  it('adds disable_auto_auth and a PKCE challenge only when asked', () => {
    const { client } = clientWith();

    const url = new URL(
      client.authorizeUrl({
        redirectUri: REDIRECT_URI,
        state: 's',
        scopes: ['user.info.basic'],
        disableAutoAuth: true,
        codeChallenge: 'ab12',
      }),
    );

    expect(url.searchParams.get('disable_auto_auth')).toBe('1');
    expect(url.searchParams.get('code_challenge')).toBe('ab12');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  });
});

describe('TikTokClient.exchangeCode', () => {
  it('posts the code form-encoded, once, with the client credentials', async () => {
    const { client, sent } = clientWith(tokenGranted);

    await client.exchangeCode('Vx7*0!6410', REDIRECT_URI);

    expect(sent[0]?.method).toBe('POST');
    expect(sent[0]?.url.toString()).toBe('https://open.tiktokapis.com/v2/oauth/token/');
    expect(sent[0]?.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(sent[0]?.body))).toEqual({
      client_key: CLIENT_KEY,
      client_secret: CLIENT_SECRET,
      grant_type: 'authorization_code',
      code: 'Vx7*0!6410',
      redirect_uri: REDIRECT_URI,
    });
  });

  it('sends the PKCE verifier when one is given', async () => {
    const { client, sent } = clientWith(tokenGranted);

    await client.exchangeCode('code', REDIRECT_URI, 'verifier-xyz');

    expect(new URLSearchParams(sent[0]?.body).get('code_verifier')).toBe('verifier-xyz');
  });

  it('returns the tokens with expiry times computed from expires_in and refresh_expires_in', async () => {
    const { client } = clientWith(tokenGranted);

    const tokens = await client.exchangeCode('code', REDIRECT_URI);

    expect(tokens).toEqual({
      externalUserId: '3c1e7d52-6b0f-4a7e-9c1d-2f5a8b9e0d11',
      scopes: ['user.info.basic', 'user.info.profile', 'user.info.stats', 'video.list'],
      accessToken: 'act.7f3c0c2e9b1a4d4e8e3f1a2b3c4d5e6f!1234',
      accessTokenExpiresAt: new Date(NOW + 2 * HOUR_MS),
      refreshToken: 'rft.4b8d2a6f1c3e5a7b9d0f2e4c6a8b0d1f!5678',
      refreshTokenExpiresAt: new Date(NOW + 180 * DAY_MS),
      tokenType: 'Bearer',
    });
  });

  it('treats an OAuth error body as a failure although the status is 200', async () => {
    const { client } = clientWith(codeExpiredWith200);

    const error = await failureOf(client.exchangeCode('code', REDIRECT_URI));

    expect(error).toMatchObject({
      kind: 'invalid_grant',
      code: 'invalid_grant',
      httpStatus: 200,
      logId: LOG_ID,
      endpoint: '/v2/oauth/token/',
    });
    expect(error.message).toContain('Authorization code is expired.');
  });

  it('reports wrong client credentials as invalid_client', async () => {
    const { client } = clientWith(badClientSecretWith200);

    const error = await failureOf(client.exchangeCode('code', REDIRECT_URI));

    expect(error.kind).toBe('invalid_client');
  });

  it('reports a malformed request as invalid_request', async () => {
    const { client } = clientWith(malformedRequestWith400);

    const error = await failureOf(client.exchangeCode('code', REDIRECT_URI));

    expect(error).toMatchObject({ kind: 'invalid_request', httpStatus: 400 });
  });

  it('lets a 429 status win over a generic invalid_request body: rate_limited, with Retry-After', async () => {
    const { client } = clientWith(throttledWith429);

    const error = await failureOf(client.exchangeCode('code', REDIRECT_URI));

    expect(error).toMatchObject({ kind: 'rate_limited', httpStatus: 429, retryAfterSeconds: 5 });
  });

  it('reports temporarily_unavailable as a retryable upstream failure', async () => {
    const { client } = clientWith(temporarilyUnavailableWith200);

    const error = await failureOf(client.exchangeCode('code', REDIRECT_URI));

    expect(error.kind).toBe('upstream_unavailable');
    expect(error.retryable).toBe(true);
  });

  it('refuses the legacy wrapped token shape as an invalid response', async () => {
    const { client } = clientWith(legacyWrappedToken);

    const error = await failureOf(client.exchangeCode('code', REDIRECT_URI));

    expect(error.kind).toBe('invalid_response');
  });

  it('reports an HTML 502 page as upstream_unavailable, with the log id of the header', async () => {
    const { client } = clientWith(badGatewayPage);

    const error = await failureOf(client.exchangeCode('code', REDIRECT_URI));

    expect(error).toMatchObject({ kind: 'upstream_unavailable', httpStatus: 502, logId: LOG_ID });
  });
});

describe('TikTokClient.refresh', () => {
  it('posts grant_type=refresh_token with the refresh token', async () => {
    const { client, sent } = clientWith(tokenRefreshedWithOldLifetimes);

    await client.refresh('rft.first!5678');

    expect(Object.fromEntries(new URLSearchParams(sent[0]?.body))).toEqual({
      client_key: CLIENT_KEY,
      client_secret: CLIENT_SECRET,
      grant_type: 'refresh_token',
      refresh_token: 'rft.first!5678',
    });
  });

  it('returns the rotated refresh token and whatever lifetimes TikTok sent', async () => {
    const { client } = clientWith(tokenRefreshedWithOldLifetimes);

    const tokens = await client.refresh('rft.first!5678');

    expect(tokens.refreshToken).toBe('rft.second!5678');
    expect(tokens.accessTokenExpiresAt).toEqual(new Date(NOW + DAY_MS));
    expect(tokens.refreshTokenExpiresAt).toEqual(new Date(NOW + 365 * DAY_MS));
  });

  it('reports a rotated-away refresh token as invalid_grant', async () => {
    const { client } = clientWith(codeExpiredWith200);

    const error = await failureOf(client.refresh('rft.old'));

    expect(error.kind).toBe('invalid_grant');
  });
});

describe('TikTokClient.revoke', () => {
  it('posts the access token as `token` with the client credentials', async () => {
    const { client, sent } = clientWith(revokedEmptyObject);

    await client.revoke('act.abc');

    expect(sent[0]?.url.pathname).toBe('/v2/oauth/revoke/');
    expect(Object.fromEntries(new URLSearchParams(sent[0]?.body))).toEqual({
      client_key: CLIENT_KEY,
      client_secret: CLIENT_SECRET,
      token: 'act.abc',
    });
  });

  it('accepts an empty body as success', async () => {
    const { client } = clientWith(revokedEmptyBody);

    await expect(client.revoke('act.abc')).resolves.toBeUndefined();
  });

  it('fails on an OAuth error body', async () => {
    const { client } = clientWith(badClientSecretWith200);

    const error = await failureOf(client.revoke('act.abc'));

    expect(error).toMatchObject({ kind: 'invalid_client', endpoint: '/v2/oauth/revoke/' });
  });
});
