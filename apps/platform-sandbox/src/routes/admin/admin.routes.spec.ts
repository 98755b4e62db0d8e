import type { FastifyInstance } from 'fastify';
import {
  adminPost,
  connect,
  startSandbox,
  userInfo,
} from '../../../test/support/sandbox-harness.js';

describe('sandbox admin routes', () => {
  let app: FastifyInstance;

  beforeEach(async () => {
    ({ app } = await startSandbox({ accessTokenTtlSeconds: 7200 }));
  });

  afterEach(() => app.close());

  it('lists the five seeded creators with their public video counts', async () => {
    const response = await app.inject({ method: 'GET', url: '/sandbox/creators' });

    const creators = response.json().creators;
    expect(creators.map((creator: { username: string }) => creator.username)).toEqual([
      'maya.bakes',
      'leo.lifts',
      'ines.travels',
      'kofi.codes',
      'sana.sketches',
    ]);
    expect(creators.map((creator: { video_count: number }) => creator.video_count)).toEqual([
      47, 64, 88, 112, 130,
    ]);
  });

  it('adds a creator of its own who can sign in, the same one for the same username', async () => {
    const added = await adminPost(app, '/sandbox/creators', { username: 'test.only', videos: 3 });
    const again = await adminPost(app, '/sandbox/creators', { username: 'test.only' });
    const invalid = await adminPost(app, '/sandbox/creators', { username: 'No Spaces!' });
    const tokens = await connect(app, { sandbox_user: 'test.only' });
    const other = await startSandbox({});

    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ position: 6, username: 'test.only', video_count: 3 });
    expect(tokens.open_id).toBe(added.json().open_id);
    expect(again.statusCode).toBe(409);
    expect(invalid.statusCode).toBe(400);
    const elsewhere = await adminPost(other.app, '/sandbox/creators', { username: 'test.only' });
    expect(elsewhere.json().open_id).toBe(added.json().open_id);
    await other.app.close();
  });

  it('moves the clock forward, expiring access tokens', async () => {
    const tokens = await connect(app);

    const clock = await adminPost(app, '/sandbox/clock', { advanceSeconds: 7200 });

    expect(clock.json()).toEqual({ now: '2026-11-24T14:00:00.000Z' });
    expect((await userInfo(app, tokens.access_token, 'open_id')).statusCode).toBe(401);
  });

  it('changes settings while running, and hides the client secret', async () => {
    const response = await app.inject({
      method: 'PATCH',
      url: '/sandbox/settings',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ rateLimitPerMinute: 5, autoApprove: true }),
    });

    expect(response.json()).toMatchObject({ rateLimitPerMinute: 5, autoApprove: true });
    expect(response.json()).not.toHaveProperty('clientSecret');
  });

  it('refuses an unknown setting', async () => {
    const response = await app.inject({
      method: 'PATCH',
      url: '/sandbox/settings',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ clientSecret: 'x' }),
    });

    expect(response.statusCode).toBe(400);
  });

  it('resets grants, faults, stats and settings', async () => {
    const tokens = await connect(app);
    await adminPost(app, '/sandbox/faults', { endpoint: '/v2/user/info/', status: 500 });
    await app.inject({
      method: 'PATCH',
      url: '/sandbox/settings',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ latencyMs: 5 }),
    });

    await app.inject({ method: 'POST', url: '/sandbox/reset' });

    const faults = (await app.inject({ method: 'GET', url: '/sandbox/faults' })).json();
    const settings = (await app.inject({ method: 'GET', url: '/sandbox/settings' })).json();
    expect(faults).toEqual({ faults: [] });
    expect(settings.latencyMs).toBe(0);
    expect((await userInfo(app, tokens.access_token, 'open_id')).statusCode).toBe(401);
    const stats = (await app.inject({ method: 'GET', url: '/sandbox/stats' })).json();
    expect(stats.endpoints).toEqual({ '/v2/user/info/': { calls: 1, byStatus: { '401': 1 } } });
  });
});
