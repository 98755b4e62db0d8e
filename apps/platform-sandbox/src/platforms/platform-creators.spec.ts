import type { FastifyInstance } from 'fastify';
import { startPlatformSandbox } from '../../test/support/platform-sandbox.js';
import { adminPost } from '../../test/support/sandbox-harness.js';

describe('sandbox creators of each platform', () => {
  let app: FastifyInstance;

  beforeEach(async () => {
    ({ app } = await startPlatformSandbox());
  });
  afterEach(() => app.close());

  it('lists the seeded Instagram accounts and YouTube channels', async () => {
    const instagram = (
      await app.inject({ method: 'GET', url: '/sandbox/creators?platform=instagram' })
    ).json().creators;
    const youtube = (
      await app.inject({ method: 'GET', url: '/sandbox/creators?platform=youtube' })
    ).json().creators;

    expect(instagram.map((account: { username: string }) => account.username)).toEqual([
      'nora.plates',
      'atlas.outdoors',
      'quiet.reader',
    ]);
    expect(youtube.map((channel: { video_count: number }) => channel.video_count)).toEqual([
      120, 57, 23,
    ]);
  });

  it('makes up the same added account in every sandbox, and refuses it twice', async () => {
    const other = await startPlatformSandbox();
    const body = { platform: 'youtube', username: 'same.tube', videos: 2 };

    const first = await adminPost(app, '/sandbox/creators', body);
    const again = await adminPost(app, '/sandbox/creators', body);
    const elsewhere = await adminPost(other.app, '/sandbox/creators', body);
    await other.app.close();

    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(409);
    expect(elsewhere.json().channel_id).toBe(first.json().channel_id);
  });

  it('refuses an unknown platform', async () => {
    const response = await adminPost(app, '/sandbox/creators', {
      platform: 'myspace',
      username: 'tom',
    });

    expect(response.statusCode).toBe(400);
  });

  it('hides the platform secrets in their settings', async () => {
    const instagram = (
      await app.inject({ method: 'GET', url: '/sandbox/settings/instagram' })
    ).json();
    const youtube = (await app.inject({ method: 'GET', url: '/sandbox/settings/youtube' })).json();

    expect(instagram).toMatchObject({ appId: 'sandbox-instagram-app', callsPerUserPerHour: 200 });
    expect(instagram).not.toHaveProperty('appSecret');
    expect(youtube).toMatchObject({ dailyQuotaUnits: 10_000 });
    expect(youtube).not.toHaveProperty('clientSecret');
    expect(youtube).not.toHaveProperty('apiKey');
  });
});
