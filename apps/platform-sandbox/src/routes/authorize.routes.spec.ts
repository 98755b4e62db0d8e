import type { FastifyInstance } from 'fastify';
import {
  ALL_SCOPES,
  authorizePath,
  CLIENT_KEY,
  exchange,
  formRequest,
  REDIRECT_URI,
  redirectParameters,
  startSandbox,
} from '../../test/support/sandbox-harness.js';

describe('GET /v2/auth/authorize/', () => {
  let app: FastifyInstance;

  beforeEach(async () => {
    ({ app } = await startSandbox());
  });

  afterEach(() => app.close());

  it('shows a consent page listing the requested scopes with Approve and Deny', async () => {
    const response = await app.inject({ method: 'GET', url: authorizePath() });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    for (const scope of ALL_SCOPES.split(',')) expect(response.body).toContain(scope);
    expect(response.body).toContain('value="approve"');
    expect(response.body).toContain('value="deny"');
    expect(response.body).toContain('@maya.bakes');
  });

  it('decides at once with sandbox_decision=approve: code, granted scopes and state', async () => {
    const response = await app.inject({
      method: 'GET',
      url: authorizePath({ sandbox_decision: 'approve' }),
    });

    expect(response.statusCode).toBe(302);
    expect(String(response.headers.location)).toMatch(
      /^https:\/\/app\.example\.com\/api\/v1\/connect\/tiktok\/callback\?/,
    );
    const parameters = redirectParameters(response);
    expect(parameters.code).toMatch(/\*\d!\d{4}$/);
    expect(parameters).toMatchObject({ scopes: ALL_SCOPES, state: 'state-123' });
  });

  it('redirects with access_denied and the state on sandbox_decision=deny', async () => {
    const response = await app.inject({
      method: 'GET',
      url: authorizePath({ sandbox_decision: 'deny' }),
    });

    expect(redirectParameters(response)).toEqual({
      error: 'access_denied',
      error_description: 'The user denied the authorization request.',
      state: 'state-123',
    });
  });

  it('approves at once when auto-approve is on', async () => {
    const { app: autoApproving } = await startSandbox({ autoApprove: true });

    const response = await autoApproving.inject({ method: 'GET', url: authorizePath() });

    expect(redirectParameters(response).code).toBeDefined();
    await autoApproving.close();
  });

  it('signs in the creator named by sandbox_user', async () => {
    const code = (
      await app.inject({
        method: 'GET',
        url: authorizePath({ sandbox_decision: 'approve', sandbox_user: 'kofi.codes' }),
      })
    ).headers.location;
    const creators = (await app.inject({ method: 'GET', url: '/sandbox/creators' })).json<{
      creators: { username: string; open_id: string }[];
    }>().creators;

    const tokens = await exchange(app, new URL(String(code)).searchParams.get('code') ?? '');

    const kofi = creators.find((creator) => creator.username === 'kofi.codes');
    expect(tokens.json()).toMatchObject({ open_id: kofi?.open_id });
  });

  it('grants only the scopes of sandbox_scopes, and always user.info.basic', async () => {
    const response = await app.inject({
      method: 'GET',
      url: authorizePath({ sandbox_decision: 'approve', sandbox_scopes: 'video.list' }),
    });

    expect(redirectParameters(response).scopes).toBe('user.info.basic,video.list');
  });

  it('shows an error page, and does not redirect, for an unknown client_key', async () => {
    const response = await app.inject({
      method: 'GET',
      url: authorizePath({ client_key: 'someone-else' }),
    });

    expect(response.statusCode).toBe(400);
    expect(response.headers.location).toBeUndefined();
    expect(response.body).toContain('client_key');
  });

  it.each([
    ['a different path', 'https://app.example.com/other'],
    ['a trailing slash', `${REDIRECT_URI}/`],
    ['no redirect_uri', undefined],
  ])('refuses %s as redirect_uri without redirecting', async (_case, redirectUri) => {
    const response = await app.inject({
      method: 'GET',
      url: authorizePath({ redirect_uri: redirectUri }),
    });

    expect(response.statusCode).toBe(400);
    expect(response.headers.location).toBeUndefined();
  });

  it.each([
    [
      'a scope the app is not approved for',
      { scope: 'user.info.basic,video.upload' },
      'invalid_scope',
    ],
    ['space-separated scopes', { scope: 'user.info.basic video.list' }, 'invalid_scope'],
    ['no scope', { scope: undefined }, 'invalid_request'],
    ['response_type token', { response_type: 'token' }, 'unsupported_response_type'],
    [
      'a plain PKCE challenge',
      { code_challenge: 'abc', code_challenge_method: 'plain' },
      'invalid_request',
    ],
  ])('redirects %s back with an error', async (_case, overrides, error) => {
    const response = await app.inject({ method: 'GET', url: authorizePath(overrides) });

    expect(response.statusCode).toBe(302);
    expect(redirectParameters(response)).toMatchObject({ error, state: 'state-123' });
  });

  it('refuses an unknown sandbox_user', async () => {
    const response = await app.inject({
      method: 'GET',
      url: authorizePath({ sandbox_decision: 'approve', sandbox_user: 'nobody' }),
    });

    expect(response.statusCode).toBe(400);
  });
});

describe('POST /v2/auth/authorize/ (the consent form)', () => {
  let app: FastifyInstance;

  beforeEach(async () => {
    ({ app } = await startSandbox());
  });

  afterEach(() => app.close());

  const consentForm = (extra: Record<string, string>) =>
    formRequest('/v2/auth/authorize/', {
      client_key: CLIENT_KEY,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: ALL_SCOPES,
      state: 'state-123',
      ...extra,
    });

  it('redirects with a code for the chosen creator and ticked scopes on Approve', async () => {
    const form = consentForm({ decision: 'approve', sandbox_user: 'leo.lifts' });
    form.payload += '&granted_scope=user.info.basic&granted_scope=video.list';

    const response = await app.inject(form);

    expect(response.statusCode).toBe(302);
    expect(redirectParameters(response)).toMatchObject({
      scopes: 'user.info.basic,video.list',
      state: 'state-123',
    });
  });

  it('redirects with access_denied on Deny', async () => {
    const response = await app.inject(consentForm({ decision: 'deny' }));

    expect(redirectParameters(response).error).toBe('access_denied');
  });

  it('refuses a form without a decision', async () => {
    const response = await app.inject(consentForm({}));

    expect(response.statusCode).toBe(400);
  });
});
