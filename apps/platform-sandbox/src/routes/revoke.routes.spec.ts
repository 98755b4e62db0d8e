import type { FastifyInstance } from 'fastify';
import {
  CLIENT_KEY,
  CLIENT_SECRET,
  connect,
  formRequest,
  refresh,
  type Sandbox,
  startSandbox,
  userInfo,
} from '../../test/support/sandbox-harness.js';

describe('POST /v2/oauth/revoke/', () => {
  let sandbox: Sandbox;
  let app: FastifyInstance;

  beforeEach(async () => {
    sandbox = await startSandbox({ accessTokenTtlSeconds: 7200 });
    app = sandbox.app;
  });

  afterEach(() => app.close());

  const revoke = (token: string, secret = CLIENT_SECRET) =>
    app.inject(
      formRequest('/v2/oauth/revoke/', { client_key: CLIENT_KEY, client_secret: secret, token }),
    );

  it('answers {} and kills the access and the refresh token', async () => {
    const tokens = await connect(app);

    const response = await revoke(tokens.access_token);

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({});
    expect((await userInfo(app, tokens.access_token, 'open_id')).json()).toMatchObject({
      error: { code: 'access_token_invalid' },
    });
    expect((await refresh(app, tokens.refresh_token)).json()).toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('lists the revocation under /sandbox/revocations and counts it in the stats', async () => {
    const tokens = await connect(app, { sandbox_user: 'ines.travels' });

    await revoke(tokens.access_token);

    const revocations = (await app.inject({ method: 'GET', url: '/sandbox/revocations' })).json();
    const stats = (await app.inject({ method: 'GET', url: '/sandbox/stats' })).json();
    expect(revocations).toEqual({
      revocations: [
        { client_key: CLIENT_KEY, open_id: tokens.open_id, revoked_at: '2026-11-24T12:00:00.000Z' },
      ],
    });
    expect(stats.revocations).toBe(1);
  });

  it('answers {} again for a token already revoked, or never issued', async () => {
    const tokens = await connect(app);
    await revoke(tokens.access_token);

    expect((await revoke(tokens.access_token)).json()).toEqual({});
    expect((await revoke('act.never-issued')).json()).toEqual({});
  });

  it('refuses an expired access token: refresh before revoking', async () => {
    const tokens = await connect(app);
    sandbox.clock.advance(7201 * 1000);

    const response = await revoke(tokens.access_token);

    expect(response.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('refuses wrong client credentials', async () => {
    const tokens = await connect(app);

    const response = await revoke(tokens.access_token, 'wrong');

    expect(response.json()).toMatchObject({ error: 'invalid_client' });
  });
});
