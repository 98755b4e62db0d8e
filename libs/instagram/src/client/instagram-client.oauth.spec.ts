import {
  codeAlreadyUsed,
  longLivedToken,
  refreshedWithPermissions,
  shortLivedFlat,
  shortLivedWrapped,
} from '../../test/fixtures/recorded-answers.js';
import {
  APP_ID,
  APP_SECRET,
  clientWith,
  clientWithOptions,
  failureOf,
  LONG_LIVED_TOKEN,
  NOW,
  tokensWith,
  USER_ID,
} from '../../test/support/client-with.js';

const REDIRECT_URI = 'https://app.example.com/api/v1/connect/instagram/callback';

describe('InstagramClient.authorizationUrl', () => {
  it('builds the consent page URL with client_id and comma-separated default scopes', () => {
    const { client } = clientWith();

    const url = new URL(client.authorizationUrl({ redirectUri: REDIRECT_URI, state: 'st-1' }));

    expect(url.origin + url.pathname).toBe('https://www.instagram.com/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: APP_ID,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'instagram_business_basic,instagram_business_manage_insights',
      state: 'st-1',
    });
  });

  it('asks for the scopes given, and sends no PKCE challenge Instagram would not read', () => {
    const { client } = clientWith();

    const url = new URL(
      client.authorizationUrl({
        redirectUri: REDIRECT_URI,
        state: 's',
        scopes: ['instagram_business_basic'],
        codeChallenge: 'abc',
      }),
    );

    expect(url.searchParams.get('scope')).toBe('instagram_business_basic');
    expect(url.searchParams.has('code_challenge')).toBe(false);
  });
});

describe('InstagramClient.exchangeCode', () => {
  it('posts the code as a form to api.instagram.com, then trades the short-lived token for a long-lived one', async () => {
    const { client, sent } = clientWith(shortLivedWrapped, longLivedToken);

    await client.exchangeCode('AQBcode123', REDIRECT_URI);

    const [codeExchange, longLived] = sent;
    expect(codeExchange?.method).toBe('POST');
    expect(codeExchange?.url.toString()).toBe('https://api.instagram.com/oauth/access_token');
    expect(codeExchange?.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(codeExchange?.body))).toEqual({
      client_id: APP_ID,
      client_secret: APP_SECRET,
      grant_type: 'authorization_code',
      redirect_uri: REDIRECT_URI,
      code: 'AQBcode123',
    });
    expect(longLived?.method).toBe('GET');
    expect(longLived?.url.origin + (longLived?.url.pathname ?? '')).toBe(
      'https://graph.instagram.com/access_token',
    );
    expect(Object.fromEntries(longLived?.url.searchParams ?? [])).toEqual({
      grant_type: 'ig_exchange_token',
      client_secret: APP_SECRET,
      access_token: 'IGQshortlived111',
    });
  });

  it("returns the long-lived token, its expiry from expires_in, and the wrapped shape's permissions", async () => {
    const { client } = clientWith(shortLivedWrapped, longLivedToken);

    const tokens = await client.exchangeCode('AQBcode123', REDIRECT_URI);

    expect(tokens).toEqual({
      externalUserId: '17841400000000001',
      scopes: ['instagram_business_basic', 'instagram_business_manage_insights'],
      accessToken: 'IGAAlonglived333',
      accessTokenExpiresAt: new Date(NOW + 5183944 * 1000),
      refreshToken: null,
      refreshTokenExpiresAt: null,
      tokenType: 'bearer',
    });
  });

  it('accepts the flat shape and keeps every digit of a user_id beyond 2^53', async () => {
    const { client, sent } = clientWith(shortLivedFlat, longLivedToken);

    const tokens = await client.exchangeCode('AQBcode123', REDIRECT_URI);

    expect(tokens.externalUserId).toBe('17841405793187218');
    expect(tokens.scopes).toEqual([]);
    expect(sent[1]?.url.searchParams.get('access_token')).toBe('IGQshortlived222');
  });

  it("drops the '#_' Instagram appends to the code in its redirect", async () => {
    const { client, sent } = clientWith(shortLivedWrapped, longLivedToken);

    await client.exchangeCode('AQBcode123#_', REDIRECT_URI);

    expect(new URLSearchParams(sent[0]?.body).get('code')).toBe('AQBcode123');
  });

  it('stops at a refused code without asking for a long-lived token', async () => {
    const { client, sent } = clientWith(codeAlreadyUsed);

    const error = await failureOf(client.exchangeCode('AQBused', REDIRECT_URI));

    expect(error).toMatchObject({ kind: 'invalid_grant', endpoint: '/oauth/access_token' });
    expect(sent).toHaveLength(1);
  });
});

describe('InstagramClient.refresh', () => {
  it('refreshes the long-lived token with itself on graph.instagram.com', async () => {
    const { client, sent } = clientWith(longLivedToken);

    await client.refresh(tokensWith());

    expect(sent[0]?.method).toBe('GET');
    expect(sent[0]?.url.origin + (sent[0]?.url.pathname ?? '')).toBe(
      'https://graph.instagram.com/refresh_access_token',
    );
    expect(Object.fromEntries(sent[0]?.url.searchParams ?? [])).toEqual({
      grant_type: 'ig_refresh_token',
      access_token: LONG_LIVED_TOKEN,
    });
  });

  it('keeps the account and scopes, with a new token and expiry', async () => {
    const { client } = clientWith(longLivedToken);
    const scopes = ['instagram_business_basic', 'instagram_business_manage_insights'];

    const tokens = await client.refresh(tokensWith(scopes));

    expect(tokens).toEqual({
      externalUserId: USER_ID,
      scopes,
      accessToken: 'IGAAlonglived333',
      accessTokenExpiresAt: new Date(NOW + 5183944 * 1000),
      refreshToken: null,
      refreshTokenExpiresAt: null,
      tokenType: 'bearer',
    });
  });

  it('takes the permissions a refresh answer lists as the granted scopes', async () => {
    const { client } = clientWith(refreshedWithPermissions);

    const tokens = await client.refresh(
      tokensWith(['instagram_business_basic', 'instagram_business_manage_insights']),
    );

    expect(tokens.scopes).toEqual(['instagram_business_basic']);
    expect(tokens.accessToken).toBe('IGAArefreshed444');
  });
});

describe('InstagramClient.revoke', () => {
  it('sends nothing: this API has no revocation endpoint', async () => {
    const { client, sent } = clientWith();

    await expect(client.revoke(tokensWith())).resolves.toBeUndefined();

    expect(sent).toHaveLength(0);
  });
});

describe('InstagramClient.limits', () => {
  it('is a per-creator hourly budget, 200 calls unless configured', () => {
    expect(clientWith().client.limits).toEqual({
      kind: 'per-user-window',
      limit: 200,
      windowMs: 3_600_000,
    });
  });

  it('takes the configured budget', () => {
    const { client } = clientWithOptions({ callsPerUserPerHour: 60 });

    expect(client.limits).toMatchObject({ kind: 'per-user-window', limit: 60 });
  });
});
