import type { FastifyInstance } from 'fastify';
import { connect, queryVideos, startSandbox } from '../../test/support/sandbox-harness.js';

describe('POST /v2/video/query/', () => {
  let app: FastifyInstance;

  beforeEach(async () => {
    ({ app } = await startSandbox());
  });

  afterEach(() => app.close());

  const videoIdsOf = async (login: string) =>
    (await app.inject({ method: 'GET', url: `/sandbox/creators/${login}/videos` })).json<{
      video_ids: string[];
    }>().video_ids;

  it('answers the asked videos of the caller, in the order asked', async () => {
    const tokens = await connect(app, { sandbox_user: 'maya.bakes' });
    const [first, second, third] = await videoIdsOf('maya.bakes');

    const response = await queryVideos(app, tokens.access_token, [third, first, second]);

    expect(response.statusCode).toBe(200);
    expect(response.json().data.videos.map((video: { id: string }) => video.id)).toEqual([
      third,
      first,
      second,
    ]);
  });

  it("leaves out other creators' and unknown ids", async () => {
    const tokens = await connect(app, { sandbox_user: 'maya.bakes' });
    const [mine] = await videoIdsOf('maya.bakes');
    const [theirs] = await videoIdsOf('leo.lifts');

    const response = await queryVideos(app, tokens.access_token, [
      theirs,
      mine,
      '7000000000000000000',
    ]);

    expect(response.json().data.videos.map((video: { id: string }) => video.id)).toEqual([mine]);
  });

  it('answers cover links valid for 6 hours', async () => {
    const tokens = await connect(app);
    const [id] = await videoIdsOf('1');

    const response = await queryVideos(app, tokens.access_token, [id], 'id,cover_image_url');

    const cover = new URL(response.json().data.videos[0].cover_image_url);
    expect(Number(cover.searchParams.get('x-expires'))).toBe(
      Date.parse('2026-11-24T18:00:00Z') / 1000,
    );
    expect(
      (await app.inject({ method: 'GET', url: cover.pathname + cover.search })).statusCode,
    ).toBe(200);
  });

  it.each([
    ['no ids', []],
    ['21 ids', Array.from({ length: 21 }, (_, index) => `70000000000000000${10 + index}`)],
    ['numeric ids', [7000000000000000000]],
  ])('answers 400 invalid_params for %s', async (_case, ids) => {
    const tokens = await connect(app);

    const response = await queryVideos(app, tokens.access_token, ids);

    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_params');
  });
});
