import type { FastifyInstance } from 'fastify';
import { graphGet, instagramToken } from '../../../test/support/instagram-harness.js';
import { startPlatformSandbox } from '../../../test/support/platform-sandbox.js';
import { adminPost, type Sandbox } from '../../../test/support/sandbox-harness.js';

interface MediaPage {
  data: Record<string, unknown>[];
  paging?: { cursors: { before: string; after: string }; next?: string; previous?: string };
}

describe('Instagram Graph API', () => {
  let sandbox: Sandbox;
  let app: FastifyInstance;

  beforeEach(async () => {
    sandbox = await startPlatformSandbox();
    app = sandbox.app;
  });
  afterEach(() => app.close());

  describe('GET /<version>/me', () => {
    it('answers only the asked fields, and the id', async () => {
      const token = await instagramToken(app, { sandbox_user: 'nora.plates' });

      const response = await graphGet(
        app,
        '/v22.0/me?fields=user_id,username,followers_count',
        token,
      );

      expect(response.statusCode).toBe(200);
      expect(Object.keys(response.json()).sort()).toEqual(
        ['followers_count', 'id', 'user_id', 'username'].sort(),
      );
      expect(response.json()).toMatchObject({
        username: 'nora.plates',
        user_id: expect.stringMatching(/^17841\d{12}$/),
        followers_count: expect.any(Number),
      });
    });

    it('takes the token from the access_token query parameter too', async () => {
      const token = await instagramToken(app);

      const response = await graphGet(
        app,
        `/v22.0/me?fields=media_count,account_type&access_token=${token}`,
      );

      expect(response.json()).toMatchObject({ media_count: 42, account_type: 'MEDIA_CREATOR' });
    });

    it('answers (#100) for a field a user does not have', async () => {
      const token = await instagramToken(app);

      const response = await graphGet(app, '/v22.0/me?fields=username,like_count', token);

      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ type: 'OAuthException', code: 100 });
    });

    it('answers code 190 for a token the sandbox never issued, and 463 once expired', async () => {
      const token = await instagramToken(app);
      const invalid = await graphGet(app, '/v22.0/me', 'IGAAmadeup');
      sandbox.clock.advance(3_601_000);
      const expired = await graphGet(app, '/v22.0/me', token);

      expect(invalid.statusCode).toBe(400);
      expect(invalid.json().error).toMatchObject({ code: 190 });
      expect(invalid.json().error).not.toHaveProperty('error_subcode');
      expect(expired.json().error).toMatchObject({ code: 190, error_subcode: 463 });
    });
  });

  describe('GET /<version>/me/media', () => {
    const fields = 'id,media_type,timestamp,like_count,comments_count,thumbnail_url,permalink';

    it('pages through every media item with cursors, newest first', async () => {
      const token = await instagramToken(app, { sandbox_user: 'nora.plates' });
      const seen: string[] = [];
      let url: string | undefined = `/v22.0/me/media?fields=${fields}&limit=10`;
      let pages = 0;
      while (url) {
        const page: MediaPage = (await graphGet(app, url, token)).json();
        seen.push(...page.data.map((item) => String(item.id)));
        const next: string | undefined = page.paging?.next;
        url = next
          ? next.slice(next.indexOf('/instagram-graph') + '/instagram-graph'.length)
          : undefined;
        pages += 1;
      }

      expect(pages).toBe(5);
      expect(seen).toHaveLength(42);
      expect(new Set(seen).size).toBe(42);
    });

    it('answers the media fields as Instagram writes them', async () => {
      const token = await instagramToken(app, { sandbox_user: 'nora.plates' });

      const page: MediaPage = (
        await graphGet(app, `/v22.0/me/media?fields=${fields}&limit=40`, token)
      ).json();

      for (const item of page.data) {
        expect(item.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/);
        expect(item.like_count).toEqual(expect.any(Number));
        expect('thumbnail_url' in item).toBe(item.media_type === 'VIDEO');
      }
      const times = page.data.map((item) =>
        Date.parse(String(item.timestamp).replace('+0000', 'Z')),
      );
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it('leaves like_count out for an account that hides likes', async () => {
      const token = await instagramToken(app, { sandbox_user: 'quiet.reader' });

      const page: MediaPage = (
        await graphGet(app, `/v22.0/me/media?fields=${fields}`, token)
      ).json();

      expect(page.data.length).toBeGreaterThan(0);
      expect(page.data.every((item) => !('like_count' in item))).toBe(true);
      expect(page.data.every((item) => typeof item.comments_count === 'number')).toBe(true);
    });

    it('goes back with the before cursor and has no next on the last page', async () => {
      const token = await instagramToken(app, { sandbox_user: 'quiet.reader' });
      const first: MediaPage = (await graphGet(app, '/v22.0/me/media?limit=10', token)).json();
      const after = first.paging?.cursors.after ?? '';
      const second: MediaPage = (
        await graphGet(app, `/v22.0/me/media?limit=10&after=${after}`, token)
      ).json();
      const before = second.paging?.cursors.before ?? '';
      const back: MediaPage = (
        await graphGet(app, `/v22.0/me/media?limit=10&before=${before}`, token)
      ).json();

      expect(second.data).toHaveLength(8);
      expect(second.paging?.next).toBeUndefined();
      expect(second.paging?.previous).toEqual(expect.any(String));
      expect(back.data).toEqual(first.data);
    });

    it('refuses a cursor it never gave', async () => {
      const token = await instagramToken(app);

      const response = await graphGet(app, '/v22.0/me/media?after=bm9wZQ', token);

      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe(100);
    });

    it('serves an account added through the admin route with its N media', async () => {
      const added = await adminPost(app, '/sandbox/creators', {
        platform: 'instagram',
        username: 'test.gram',
        media: 3,
      });
      const token = await instagramToken(app, { sandbox_user: 'test.gram' });

      const page: MediaPage = (await graphGet(app, '/v22.0/me/media', token)).json();

      expect(added.statusCode).toBe(201);
      expect(added.json()).toMatchObject({ platform: 'instagram', media_count: 3 });
      expect(page.data).toHaveLength(3);
      expect(page.paging?.next).toBeUndefined();
    });
  });

  describe('hourly call limit per user', () => {
    beforeEach(async () => {
      await app.close();
      sandbox = await startPlatformSandbox({
        instagram: { callsPerUserPerHour: 3, shortLivedTokenTtlSeconds: 7200 },
      });
      app = sandbox.app;
    });

    it('answers (#17) past the limit, counts each user apart and recovers after an hour', async () => {
      const nora = await instagramToken(app, { sandbox_user: 'nora.plates' });
      const atlas = await instagramToken(app, { sandbox_user: 'atlas.outdoors' });
      const statuses = [];
      for (let call = 0; call < 4; call += 1) {
        statuses.push((await graphGet(app, '/v22.0/me/media', nora)).statusCode);
      }
      const limited = await graphGet(app, '/v22.0/me', nora);
      const other = await graphGet(app, '/v22.0/me', atlas);
      sandbox.clock.advance(3_600_001);
      const later = await graphGet(app, '/v22.0/me', nora);

      expect(statuses).toEqual([200, 200, 200, 403]);
      expect(limited.json().error).toMatchObject({
        code: 17,
        message: '(#17) User request limit reached',
        type: 'OAuthException',
      });
      const usage = JSON.parse(String(limited.headers['x-business-use-case-usage']));
      expect(Object.values(usage)).toEqual([
        [expect.objectContaining({ type: 'instagram', call_count: 100 })],
      ]);
      expect(other.statusCode).toBe(200);
      expect(later.statusCode).toBe(200);
    });

    it('answers 80002 when configured as the Business Use Case throttle', async () => {
      await app.inject({
        method: 'PATCH',
        url: '/sandbox/settings/instagram',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ userLimitErrorCode: 80002 }),
      });
      const token = await instagramToken(app);
      for (let call = 0; call < 3; call += 1) await graphGet(app, '/v22.0/me', token);

      const limited = await graphGet(app, '/v22.0/me', token);

      expect(limited.statusCode).toBe(400);
      expect(limited.json().error.code).toBe(80002);
    });
  });

  describe('faults and stats', () => {
    it('answers an injected fault in the Graph envelope and counts it per endpoint', async () => {
      const token = await instagramToken(app);
      await adminPost(app, '/sandbox/faults', {
        endpoint: '/instagram-graph/me/media',
        status: 500,
      });

      const faulty = await graphGet(app, '/v22.0/me/media', token);
      const next = await graphGet(app, '/v22.0/me/media', token);
      const stats = (await app.inject({ method: 'GET', url: '/sandbox/stats' })).json();

      expect(faulty.statusCode).toBe(500);
      expect(faulty.json().error).toMatchObject({ type: 'OAuthException', code: 2 });
      expect(next.statusCode).toBe(200);
      expect(stats.endpoints['/instagram-graph/me/media']).toEqual({
        calls: 2,
        byStatus: { '200': 1, '500': 1 },
      });
      expect(stats.endpoints['/instagram-api/oauth/access_token']).toEqual({
        calls: 1,
        byStatus: { '200': 1 },
      });
    });

    it('injects a Graph error code such as 190', async () => {
      const token = await instagramToken(app);
      await adminPost(app, '/sandbox/faults', { endpoint: '/instagram-graph/me', error: '190' });

      const response = await graphGet(app, '/v22.0/me', token);

      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 190, error_subcode: 463 });
    });
  });
});
