import type { FastifyInstance } from 'fastify';
import { connect, listVideos, startSandbox } from '../../test/support/sandbox-harness.js';

interface ListedVideo {
  id: string;
  create_time: number;
}

interface ListBody {
  data: { videos: ListedVideo[]; cursor: number; has_more: boolean };
  error: { code: string };
}

describe('POST /v2/video/list/', () => {
  let app: FastifyInstance;

  beforeEach(async () => {
    ({ app } = await startSandbox());
  });

  afterEach(() => app.close());

  async function everyPage(accessToken: string, maxCount: number): Promise<ListBody['data'][]> {
    const pages: ListBody['data'][] = [];
    let cursor: number | undefined;
    for (;;) {
      const body = (
        await listVideos(app, accessToken, { max_count: maxCount, cursor })
      ).json<ListBody>();
      pages.push(body.data);
      if (!body.data.has_more) return pages;
      cursor = body.data.cursor;
    }
  }

  it('pages through every public video, newest first, while has_more is true', async () => {
    const tokens = await connect(app, { sandbox_user: 'sana.sketches' });
    const expected = (
      await app.inject({ method: 'GET', url: '/sandbox/creators/sana.sketches/videos' })
    ).json<{ video_ids: string[] }>().video_ids;

    const pages = await everyPage(tokens.access_token, 20);

    const videos = pages.flatMap((page) => page.videos);
    expect(videos.map((video) => video.id)).toEqual(expected);
    expect(expected).toHaveLength(130);
    expect(pages.length).toBeGreaterThanOrEqual(7);
    const times = videos.map((video) => video.create_time);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('sometimes answers a short page that is not the last', async () => {
    const tokens = await connect(app, { sandbox_user: 'kofi.codes' });

    const pages = await everyPage(tokens.access_token, 20);

    expect(pages.some((page) => page.has_more && page.videos.length < 20)).toBe(true);
  });

  it('answers 19-digit ids as strings and the cursor in milliseconds', async () => {
    const tokens = await connect(app);

    const { data } = (await listVideos(app, tokens.access_token)).json<ListBody>();

    const last = data.videos[data.videos.length - 1] as ListedVideo;
    expect(data.videos[0]?.id).toMatch(/^\d{19}$/);
    expect(BigInt(data.videos[0]?.id ?? 0)).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
    expect(data.cursor).toBeLessThanOrEqual(last.create_time * 1000);
  });

  it('answers 10 videos at most when max_count is not given', async () => {
    const tokens = await connect(app);

    const { data } = (await listVideos(app, tokens.access_token, {})).json<ListBody>();

    expect(data.videos.length).toBeLessThanOrEqual(10);
    expect(data.has_more).toBe(true);
  });

  it.each([[21], [0]])('answers 400 invalid_params for max_count %i', async (maxCount) => {
    const tokens = await connect(app);

    const response = await listVideos(app, tokens.access_token, { max_count: maxCount });

    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_params');
  });

  it('answers 400 invalid_params without fields', async () => {
    const tokens = await connect(app);

    const response = await listVideos(app, tokens.access_token, { max_count: 5 }, '');

    expect(response.json().error.code).toBe('invalid_params');
  });

  it('answers 401 scope_not_authorized without video.list', async () => {
    const tokens = await connect(app, { scope: 'user.info.basic' });

    const response = await listVideos(app, tokens.access_token);

    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('scope_not_authorized');
  });
});
