import {
  CHANNEL_ID,
  invalidClient,
  invalidGrant,
  invalidRequest,
  noChannel,
  ownChannelId,
  revoked,
  revokedEmptyObject,
  revokeInvalidToken,
  tokenGranted,
  tokenGrantedWithoutRefreshToken,
  tokenRefreshed,
  tokenRefreshedWithNewRefreshToken,
  tokenThrottled,
  unauthorizedClient,
  badGatewayPage,
} from '../../test/fixtures/recorded-answers.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  clientWith,
  clientWithOptions,
  failureOf,
  NOW,
  storedTokens,
} from '../../test/support/client-with.js';

const REDIRECT_URI = 'https://app.example.com/api/v1/connect/youtube/callback';
const READONLY = 'https://www.googleapis.com/auth/youtube.readonly';

describe('YouTubeClient.authorizationUrl', () => {
  it("builds Google's consent page URL for offline access to the read-only scope", () => {
    const { client } = clientWith();

    const url = new URL(client.authorizationUrl({ redirectUri: REDIRECT_URI, state: 'st-1' }));

    expect(url.origin + url.pathname).toBe('https://accounts.google.com/o/oauth2/v2/auth');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: READONLY,
      access_type: 'offline',
      include_granted_scopes: 'true',
      prompt: 'consent',
      state: 'st-1',
    });
  });

  it('joins several scopes with spaces', () => {
    const { client } = clientWith();

    const url = new URL(
      client.authorizationUrl({
        redirectUri: REDIRECT_URI,
        state: 's',
        scopes: [READONLY, 'openid'],
      }),
    );

    expect(url.searchParams.get('scope')).toBe(`${READONLY} openid`);
  });

  it('adds an S256 PKCE challenge only when given one', () => {
    const { client } = clientWith();

    const url = new URL(
      client.authorizationUrl({ redirectUri: REDIRECT_URI, state: 's', codeChallenge: 'ch-256' }),
    );

    expect(url.searchParams.get('code_challenge')).toBe('ch-256');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  });

  it("keeps the path prefix of a base URL (the sandbox's /google-auth)", () => {
    const { client } = clientWithOptions({ authBaseUrl: 'http://127.0.0.1:4500/google-auth/' });

    const url = new URL(client.authorizationUrl({ redirectUri: REDIRECT_URI, state: 's' }));

    expect(url.origin + url.pathname).toBe('http://127.0.0.1:4500/google-auth/o/oauth2/v2/auth');
  });
});

describe('YouTubeClient.exchangeCode', () => {
  it('posts the code form-encoded with the client credentials and the PKCE verifier', async () => {
    const { client, sent } = clientWith(tokenGranted, ownChannelId);

    await client.exchangeCode('4/0Ab*code!', REDIRECT_URI, 'verifier-xyz');

    expect(sent[0]?.method).toBe('POST');
    expect(sent[0]?.url.toString()).toBe('https://oauth2.googleapis.com/token');
    expect(sent[0]?.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(sent[0]?.body))).toEqual({
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      grant_type: 'authorization_code',
      code: '4/0Ab*code!',
      redirect_uri: REDIRECT_URI,
      code_verifier: 'verifier-xyz',
    });
  });

  it('sends no code_verifier without PKCE', async () => {
    const { client, sent } = clientWith(tokenGranted, ownChannelId);

    await client.exchangeCode('code', REDIRECT_URI);

    expect(new URLSearchParams(sent[0]?.body).has('code_verifier')).toBe(false);
  });

  it('reads the channel id with the new access token (channels.list?mine=true&part=id)', async () => {
    const { client, sent } = clientWith(tokenGranted, ownChannelId);

    await client.exchangeCode('code', REDIRECT_URI);

    expect(sent[1]?.method).toBe('GET');
    expect(sent[1]?.url.origin + sent[1]!.url.pathname).toBe(
      'https://www.googleapis.com/youtube/v3/channels',
    );
    expect(Object.fromEntries(sent[1]!.url.searchParams)).toEqual({ part: 'id', mine: 'true' });
    expect(sent[1]?.headers.get('authorization')).toBe('Bearer ya29.a0AfB_first-access-token');
  });

  it('returns the grant with the channel id, an absolute expiry and a refresh token without expiry', async () => {
    const { client } = clientWith(tokenGranted, ownChannelId);

    const tokens = await client.exchangeCode('code', REDIRECT_URI);

    expect(tokens).toEqual({
      externalUserId: CHANNEL_ID,
      scopes: [READONLY],
      accessToken: 'ya29.a0AfB_first-access-token',
      accessTokenExpiresAt: new Date(NOW + 3599 * 1000),
      refreshToken: '1//0gfirst-refresh-token',
      refreshTokenExpiresAt: null,
      tokenType: 'Bearer',
    });
  });

  it('has a null refresh token when Google sent none, and splits scopes on spaces', async () => {
    const { client } = clientWith(tokenGrantedWithoutRefreshToken, ownChannelId);

    const tokens = await client.exchangeCode('code', REDIRECT_URI);

    expect(tokens.refreshToken).toBeNull();
    expect(tokens.scopes).toEqual([READONLY, 'openid']);
  });

  it('fails with not_found when the Google account has no YouTube channel, revoking the useless grant', async () => {
    const { client, sent } = clientWith(tokenGranted, noChannel, revoked);

    const error = await failureOf(client.exchangeCode('code', REDIRECT_URI));

    expect(error).toMatchObject({ kind: 'not_found', platform: 'YOUTUBE' });
    expect(error.message).toContain('no YouTube channel');
    expect(sent.map((request) => request.url.pathname)).toEqual([
      '/token',
      '/youtube/v3/channels',
      '/revoke',
    ]);
  });

  it('still answers not_found when the revocation of a channel-less grant fails', async () => {
    const { client } = clientWith(tokenGranted, noChannel, { status: 503, body: '' });

    const error = await failureOf(client.exchangeCode('code', REDIRECT_URI));

    expect(error).toMatchObject({ kind: 'not_found' });
  });

  it.each([
    ['a used or expired code', 'invalid_grant', invalidGrant, 400],
    ['an unknown client', 'invalid_client', invalidClient, 401],
    ['an unauthorized client', 'invalid_client', unauthorizedClient, 401],
    ['a malformed request', 'invalid_request', invalidRequest, 400],
  ])('reports %s as %s', async (_case, kind, answer, httpStatus) => {
    const { client } = clientWith(answer);

    const error = await failureOf(client.exchangeCode('code', REDIRECT_URI));

    expect(error).toMatchObject({ kind, httpStatus, endpoint: '/token' });
  });

  it('lets a 429 win over a generic invalid_request body: rate_limited, with Retry-After', async () => {
    const { client } = clientWith(tokenThrottled);

    const error = await failureOf(client.exchangeCode('code', REDIRECT_URI));

    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 7 });
  });

  it('reports an HTML error page as upstream_unavailable', async () => {
    const { client } = clientWith(badGatewayPage);

    const error = await failureOf(client.exchangeCode('code', REDIRECT_URI));

    expect(error).toMatchObject({ kind: 'upstream_unavailable', httpStatus: 502 });
  });

  it('never puts the code or the client secret into an error message', async () => {
    const { client } = clientWith(invalidGrant);

    const error = await failureOf(client.exchangeCode('secret-code-123', REDIRECT_URI));

    expect(error.message).not.toContain('secret-code-123');
    expect(error.message).not.toContain(CLIENT_SECRET);
  });
});

describe('YouTubeClient.refresh', () => {
  it('posts grant_type=refresh_token with the client credentials', async () => {
    const { client, sent } = clientWith(tokenRefreshed);

    await client.refresh(storedTokens());

    expect(sent[0]?.url.toString()).toBe('https://oauth2.googleapis.com/token');
    expect(Object.fromEntries(new URLSearchParams(sent[0]?.body))).toEqual({
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      grant_type: 'refresh_token',
      refresh_token: '1//stored-refresh-token',
    });
  });

  it('keeps the refresh token and the channel id when Google sends no new refresh token', async () => {
    const { client } = clientWith(tokenRefreshed);

    const tokens = await client.refresh(storedTokens());

    expect(tokens).toEqual({
      externalUserId: 'UC_x5XG1OV2P6uZZ5FSM9Ttw',
      scopes: [READONLY],
      accessToken: 'ya29.a0AfB_refreshed',
      accessTokenExpiresAt: new Date(NOW + 3599 * 1000),
      refreshToken: '1//stored-refresh-token',
      refreshTokenExpiresAt: null,
      tokenType: 'Bearer',
    });
  });

  it('takes a new refresh token when Google sends one, and keeps the scopes when it sends none', async () => {
    const { client } = clientWith(tokenRefreshedWithNewRefreshToken);

    const tokens = await client.refresh(storedTokens({ scopes: ['kept-scope'] }));

    expect(tokens.refreshToken).toBe('1//0gsecond-refresh-token');
    expect(tokens.scopes).toEqual(['kept-scope']);
  });

  it('reports a revoked or expired refresh token as invalid_grant', async () => {
    const { client } = clientWith(invalidGrant);

    const error = await failureOf(client.refresh(storedTokens()));

    expect(error).toMatchObject({ kind: 'invalid_grant', code: 'invalid_grant', grantGone: true });
    expect(error.message).not.toContain('1//stored-refresh-token');
  });

  it('fails with invalid_grant, without asking Google, when the grant has no refresh token', async () => {
    const { client, sent } = clientWith();

    const error = await failureOf(client.refresh(storedTokens({ refreshToken: null })));

    expect(error.kind).toBe('invalid_grant');
    expect(sent).toHaveLength(0);
  });
});

describe('YouTubeClient.revoke', () => {
  it('posts the refresh token in the form body, never in the URL', async () => {
    const { client, sent } = clientWith(revoked);

    await client.revoke(storedTokens());

    expect(sent[0]?.method).toBe('POST');
    expect(sent[0]?.url.toString()).toBe('https://oauth2.googleapis.com/revoke');
    expect(Object.fromEntries(new URLSearchParams(sent[0]?.body))).toEqual({
      token: '1//stored-refresh-token',
    });
  });

  it('revokes the access token when the grant has no refresh token', async () => {
    const { client, sent } = clientWith(revokedEmptyObject);

    await client.revoke(storedTokens({ refreshToken: null }));

    expect(new URLSearchParams(sent[0]?.body).get('token')).toBe('ya29.stored-access-token');
  });

  it('treats 400 invalid_token as a grant already gone', async () => {
    const { client } = clientWith(revokeInvalidToken);

    await expect(client.revoke(storedTokens())).resolves.toBeUndefined();
  });

  it('fails on other refusals and on an unavailable Google', async () => {
    const refused = clientWith(invalidRequest).client;
    const down = clientWith(badGatewayPage).client;

    expect((await failureOf(refused.revoke(storedTokens()))).kind).toBe('invalid_request');
    expect((await failureOf(down.revoke(storedTokens()))).kind).toBe('upstream_unavailable');
  });
});
