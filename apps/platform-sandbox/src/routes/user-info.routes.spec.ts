import type { FastifyInstance } from 'fastify';
import {
  connect,
  type Sandbox,
  startSandbox,
  userInfo,
} from '../../test/support/sandbox-harness.js';

describe('GET /v2/user/info/', () => {
  let sandbox: Sandbox;
  let app: FastifyInstance;

  beforeEach(async () => {
    sandbox = await startSandbox({ accessTokenTtlSeconds: 7200 });
    app = sandbox.app;
  });

  afterEach(() => app.close());

  it('answers only the requested fields in the {data, error} envelope', async () => {
    const tokens = await connect(app, { sandbox_user: 'maya.bakes' });

    const response = await userInfo(
      app,
      tokens.access_token,
      'open_id,username,follower_count,video_count',
    );

    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(Object.keys(body.data.user).sort()).toEqual(
      ['follower_count', 'open_id', 'username', 'video_count'].sort(),
    );
    expect(body.data.user).toMatchObject({
      open_id: tokens.open_id,
      username: 'maya.bakes',
      video_count: 47,
    });
    expect(body.error).toEqual({ code: 'ok', message: '', log_id: response.headers['x-tt-logid'] });
  });

  it('answers avatar links that open on the sandbox', async () => {
    const tokens = await connect(app);
    const avatar = (await userInfo(app, tokens.access_token, 'avatar_url')).json().data.user
      .avatar_url;

    const image = await app.inject({
      method: 'GET',
      url: new URL(avatar).pathname + new URL(avatar).search,
    });

    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toMatch(/^image\/svg\+xml/);
  });

  it.each([
    ['no token', undefined],
    ['an unknown token', 'act.unknown'],
  ])('answers 401 access_token_invalid for %s', async (_case, token) => {
    const response = await app.inject({
      method: 'GET',
      url: '/v2/user/info/?fields=open_id',
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ data: {}, error: { code: 'access_token_invalid' } });
  });

  it('answers 401 access_token_invalid once the access token has expired', async () => {
    const tokens = await connect(app);
    sandbox.clock.advance(7200 * 1000);

    const response = await userInfo(app, tokens.access_token, 'open_id');

    expect(response.statusCode).toBe(401);
  });

  it('answers 400 scope_permission_missed for a field whose scope was not granted', async () => {
    const tokens = await connect(app, { scope: 'user.info.basic,video.list' });

    const response = await userInfo(app, tokens.access_token, 'open_id,follower_count');

    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('scope_permission_missed');
  });

  it.each([
    ['no fields', ''],
    ['an unknown field', 'open_id,shoe_size'],
  ])('answers 400 invalid_params for %s', async (_case, fields) => {
    const tokens = await connect(app);

    const response = await userInfo(app, tokens.access_token, fields);

    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_params');
  });
});
