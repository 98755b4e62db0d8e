import type { FastifyInstance } from 'fastify';
import { startPlatformSandbox } from '../../../test/support/platform-sandbox.js';
import { adminPost, type Sandbox } from '../../../test/support/sandbox-harness.js';
import { API_KEY, googleTokens, youtubeGet } from '../../../test/support/youtube-harness.js';

interface Item {
  kind: string;
  id: string;
  snippet: { customUrl?: string };
  statistics: Record<string, string | boolean>;
  contentDetails: {
    relatedPlaylists: { uploads: string };
    videoId: string;
    videoPublishedAt: string;
    duration: string;
  };
}

interface ListResponse {
  kind: string;
  items?: Item[];
  nextPageToken?: string;
  pageInfo: { totalResults: number; resultsPerPage: number };
}

describe('YouTube Data API', () => {
  let sandbox: Sandbox;
  let app: FastifyInstance;

  beforeEach(async () => {
    sandbox = await startPlatformSandbox();
    app = sandbox.app;
  });
  afterEach(() => app.close());

  describe('channels', () => {
    it("answers the token owner's channel with string counts and the uploads playlist", async () => {
      const tokens = await googleTokens(app, { sandbox_user: 'gardenwithjo' });

      const response = await youtubeGet(
        app,
        'channels?part=snippet,statistics,contentDetails&mine=true',
        tokens.access_token,
      );
      const body: ListResponse = response.json();
      const channel = body.items?.[0] as Item;

      expect(body.kind).toBe('youtube#channelListResponse');
      expect(channel.id).toMatch(/^UC[\w-]{22}$/);
      expect(channel.snippet.customUrl).toBe('@gardenwithjo');
      expect(channel.statistics).toEqual({
        viewCount: expect.stringMatching(/^\d+$/),
        subscriberCount: expect.stringMatching(/^\d+$/),
        hiddenSubscriberCount: false,
        videoCount: '57',
      });
      expect(channel.contentDetails.relatedPlaylists.uploads).toBe(`UU${channel.id.slice(2)}`);
    });

    it('looks channels up by handle or id with the API key, leaving out hidden subscriber counts', async () => {
      const byHandle: ListResponse = (
        await youtubeGet(app, `channels?part=statistics&forHandle=@quietpianist&key=${API_KEY}`)
      ).json();
      const id = byHandle.items?.[0]?.id as string;
      const byId: ListResponse = (
        await youtubeGet(app, `channels?part=id&id=${id}&key=${API_KEY}`)
      ).json();

      expect(byHandle.items?.[0]?.statistics).toEqual({
        viewCount: expect.any(String),
        hiddenSubscriberCount: true,
        videoCount: '23',
      });
      expect(byId.items).toEqual([{ kind: 'youtube#channel', etag: expect.any(String), id }]);
    });

    it('leaves items out for a handle that does not exist', async () => {
      const response = await youtubeGet(app, `channels?part=id&forHandle=@nobody&key=${API_KEY}`);

      expect(response.statusCode).toBe(200);
      expect(response.json()).not.toHaveProperty('items');
      expect(response.json().pageInfo.totalResults).toBe(0);
    });

    it.each([
      ['no key and no token', 'channels?part=id&forHandle=@x', 403, 'forbidden'],
      ['a wrong key', 'channels?part=id&forHandle=@x&key=nope', 400, 'badRequest'],
      ['mine=true with a key', `channels?part=id&mine=true&key=${API_KEY}`, 401, 'authError'],
      ['no part', `channels?forHandle=@x&key=${API_KEY}`, 400, 'required'],
      ['an unknown part', `channels?part=id,nope&forHandle=@x&key=${API_KEY}`, 400, 'unknownPart'],
      ['no filter', `channels?part=id&key=${API_KEY}`, 400, 'missingRequiredParameter'],
    ])('answers the Google envelope for %s', async (_case, path, status, reason) => {
      const response = await youtubeGet(app, path);

      expect(response.statusCode).toBe(status);
      expect(response.json()).toMatchObject({
        error: { code: status, message: expect.any(String), errors: [{ reason }] },
      });
    });

    it('answers 401 authError for an expired token', async () => {
      const tokens = await googleTokens(app);
      sandbox.clock.advance(3_600_000);

      const response = await youtubeGet(app, 'channels?part=id&mine=true', tokens.access_token);

      expect(response.statusCode).toBe(401);
      expect(response.json().error.errors[0].reason).toBe('authError');
    });
  });

  describe('playlistItems and videos', () => {
    async function uploadsOf(handle: string): Promise<string> {
      const response = await youtubeGet(
        app,
        `channels?part=contentDetails&forHandle=${handle}&key=${API_KEY}`,
      );
      return response.json().items[0].contentDetails.relatedPlaylists.uploads as string;
    }

    it('pages through the uploads playlist 50 at a time, newest first', async () => {
      const playlistId = await uploadsOf('rivertechreviews');
      const ids: string[] = [];
      const published: string[] = [];
      let pageToken: string | undefined;
      let pages = 0;
      do {
        const body: ListResponse = (
          await youtubeGet(
            app,
            `playlistItems?part=contentDetails&playlistId=${playlistId}&maxResults=50&key=${API_KEY}` +
              (pageToken ? `&pageToken=${pageToken}` : ''),
          )
        ).json();
        for (const item of body.items ?? []) {
          ids.push(item.contentDetails.videoId as string);
          published.push(item.contentDetails.videoPublishedAt as string);
        }
        pageToken = body.nextPageToken;
        pages += 1;
        expect(body.pageInfo.totalResults).toBe(120);
      } while (pageToken);

      expect(pages).toBe(3);
      expect(new Set(ids).size).toBe(120);
      expect(published).toEqual([...published].sort().reverse());
    });

    it('defaults to 5 items and refuses more than 50', async () => {
      const playlistId = await uploadsOf('gardenwithjo');
      const fallback: ListResponse = (
        await youtubeGet(app, `playlistItems?part=id&playlistId=${playlistId}&key=${API_KEY}`)
      ).json();
      const tooMany = await youtubeGet(
        app,
        `playlistItems?part=id&playlistId=${playlistId}&maxResults=51&key=${API_KEY}`,
      );

      expect(fallback.items).toHaveLength(5);
      expect(tooMany.statusCode).toBe(400);
    });

    it('answers 404 playlistNotFound and 400 invalidPageToken', async () => {
      const playlistId = await uploadsOf('gardenwithjo');
      const missing = await youtubeGet(
        app,
        `playlistItems?part=id&playlistId=UUnope&key=${API_KEY}`,
      );
      const badToken = await youtubeGet(
        app,
        `playlistItems?part=id&playlistId=${playlistId}&pageToken=zzz&key=${API_KEY}`,
      );

      expect(missing.statusCode).toBe(404);
      expect(missing.json().error.errors[0].reason).toBe('playlistNotFound');
      expect(badToken.statusCode).toBe(400);
      expect(badToken.json().error.errors[0].reason).toBe('invalidPageToken');
    });

    it('answers videos with string statistics and ISO 8601 durations, unknown ids left out', async () => {
      const ids = (
        await app.inject({
          method: 'GET',
          url: '/sandbox/creators/rivertechreviews/videos?platform=youtube',
        })
      ).json().video_ids as string[];

      const body: ListResponse = (
        await youtubeGet(
          app,
          `videos?part=snippet,statistics,contentDetails&id=${ids.slice(0, 49).join(',')},nope0000000&key=${API_KEY}`,
        )
      ).json();

      expect(body.items).toHaveLength(49);
      for (const video of body.items ?? []) {
        expect(video.contentDetails.duration).toMatch(/^PT(\d+H)?(\d+M)?(\d+S)?$/);
        expect(video.statistics.viewCount).toMatch(/^\d+$/);
        for (const count of ['likeCount', 'commentCount']) {
          if (count in video.statistics) expect(video.statistics[count]).toMatch(/^\d+$/);
        }
      }
      expect(body.items?.map((video) => video.id)).toEqual(ids.slice(0, 49));
    });

    it('refuses more than 50 ids', async () => {
      const ids = Array.from({ length: 51 }, (_, index) => `v${String(index).padStart(10, '0')}`);

      const response = await youtubeGet(app, `videos?part=id&id=${ids.join(',')}&key=${API_KEY}`);

      expect(response.statusCode).toBe(400);
    });

    it('serves a channel added through the admin route with its N videos', async () => {
      const added = await adminPost(app, '/sandbox/creators', {
        platform: 'youtube',
        username: 'test.tube',
        videos: 7,
      });
      const tokens = await googleTokens(app, { sandbox_user: 'test.tube' });

      const mine: ListResponse = (
        await youtubeGet(app, 'channels?part=statistics&mine=true', tokens.access_token)
      ).json();

      expect(added.statusCode).toBe(201);
      expect(added.json()).toMatchObject({
        platform: 'youtube',
        handle: '@test.tube',
        video_count: 7,
      });
      expect(mine.items?.[0]?.statistics.videoCount).toBe('7');
    });
  });

  describe('daily quota', () => {
    beforeEach(async () => {
      await app.close();
      sandbox = await startPlatformSandbox({ youtube: { dailyQuotaUnits: 3 } });
      app = sandbox.app;
    });

    const call = () => youtubeGet(app, `channels?part=id&forHandle=@gardenwithjo&key=${API_KEY}`);

    it('answers 403 quotaExceeded once the units are spent, until midnight Pacific time', async () => {
      const statuses = [];
      for (let index = 0; index < 4; index += 1) statuses.push((await call()).statusCode);
      const spent = await call();
      // The tests run at 04:00 PST on Nov 24: midnight Pacific is 20 hours later.
      sandbox.clock.advance(19 * 3_600_000);
      const beforeMidnight = await call();
      sandbox.clock.advance(3_600_000);
      const afterMidnight = await call();

      expect(statuses).toEqual([200, 200, 200, 403]);
      expect(spent.json()).toEqual({
        error: {
          code: 403,
          message: expect.stringContaining('quota'),
          errors: [
            { message: expect.any(String), domain: 'youtube.quota', reason: 'quotaExceeded' },
          ],
        },
      });
      expect(beforeMidnight.statusCode).toBe(403);
      expect(afterMidnight.statusCode).toBe(200);
    });

    it('charges calls that then fail, and reports the use', async () => {
      await youtubeGet(app, 'channels?part=id&mine=true', 'ya29.madeup');
      await youtubeGet(app, `channels?part=nope&forHandle=@x&key=${API_KEY}`);

      const use = (await app.inject({ method: 'GET', url: '/sandbox/quota/youtube' })).json();

      expect(use).toEqual({
        day: '2026-11-24',
        used: 2,
        limit: 3,
        resetsAt: '2026-11-25T08:00:00.000Z',
      });
    });

    it('starts a fresh day after a reset of the sandbox', async () => {
      for (let index = 0; index < 3; index += 1) await call();
      await app.inject({ method: 'POST', url: '/sandbox/reset' });

      expect((await call()).statusCode).toBe(200);
    });
  });

  describe('faults and stats', () => {
    it('answers an injected rateLimitExceeded in the Google envelope and counts it', async () => {
      await adminPost(app, '/sandbox/faults', {
        endpoint: '/youtube-api/youtube/v3/videos',
        error: 'rateLimitExceeded',
        retryAfterSeconds: 5,
      });

      const faulty = await youtubeGet(app, `videos?part=id&id=abc&key=${API_KEY}`);
      const next = await youtubeGet(app, `videos?part=id&id=abc&key=${API_KEY}`);
      const stats = (await app.inject({ method: 'GET', url: '/sandbox/stats' })).json();

      expect(faulty.statusCode).toBe(429);
      expect(faulty.headers['retry-after']).toBe('5');
      expect(faulty.json().error.errors[0]).toMatchObject({ reason: 'rateLimitExceeded' });
      expect(next.statusCode).toBe(200);
      expect(stats.endpoints['/youtube-api/youtube/v3/videos']).toEqual({
        calls: 2,
        byStatus: { '200': 1, '429': 1 },
      });
    });
  });
});
