import type { FastifyInstance } from 'fastify';
import { graphGet, instagramToken } from '../../../test/support/instagram-harness.js';
import { startPlatformSandbox } from '../../../test/support/platform-sandbox.js';
import { adminPost, type Sandbox } from '../../../test/support/sandbox-harness.js';

interface InsightsAnswer {
  data: {
    name: string;
    period: string;
    values: { value: number }[];
    title: string;
    id: string;
  }[];
}

interface MediaItem {
  id: string;
  like_count?: number;
  comments_count: number;
}

describe('Instagram Graph API: GET /<version>/<media-id>/insights', () => {
  let sandbox: Sandbox;
  let app: FastifyInstance;

  beforeEach(async () => {
    sandbox = await startPlatformSandbox();
    app = sandbox.app;
  });
  afterEach(() => app.close());

  async function firstMedia(token: string): Promise<MediaItem> {
    const page = await graphGet(app, '/v25.0/me/media?fields=id,like_count,comments_count', token);
    const item = page.json<{ data: MediaItem[] }>().data[0];
    if (!item) throw new Error('no media');
    return item;
  }

  it('answers the asked metrics as lifetime values, in the order asked', async () => {
    const token = await instagramToken(app, { sandbox_user: 'nora.plates' });
    const media = await firstMedia(token);

    const response = await graphGet(
      app,
      `/v25.0/${media.id}/insights?metric=likes,views,comments,reach,saved,shares,total_interactions`,
      token,
    );

    expect(response.statusCode).toBe(200);
    const { data } = response.json<InsightsAnswer>();
    expect(data.map((metric) => metric.name)).toEqual([
      'likes',
      'views',
      'comments',
      'reach',
      'saved',
      'shares',
      'total_interactions',
    ]);
    expect(data[1]).toEqual({
      name: 'views',
      period: 'lifetime',
      values: [{ value: expect.any(Number) }],
      title: 'Views',
      description: expect.any(String),
      id: `${media.id}/insights/views/lifetime`,
    });
    const value = Object.fromEntries(data.map((metric) => [metric.name, metric.values[0]?.value]));
    expect(value.likes).toBe(media.like_count);
    expect(value.comments).toBe(media.comments_count);
    expect(value.views).toBeGreaterThan(Number(value.likes));
    expect(value.reach).toBeLessThanOrEqual(Number(value.views));
    expect(value.total_interactions).toBe(
      Number(value.likes) + Number(value.comments) + Number(value.saved) + Number(value.shares),
    );
  });

  it('answers the same values in every run, and likes even when the account hides them', async () => {
    const token = await instagramToken(app, { sandbox_user: 'quiet.reader' });
    const media = await firstMedia(token);
    const path = `/v25.0/${media.id}/insights?metric=views,likes&access_token=${token}`;
    const first = (await graphGet(app, path)).json<InsightsAnswer>();
    await app.close();
    sandbox = await startPlatformSandbox();
    app = sandbox.app;
    const again = await instagramToken(app, { sandbox_user: 'quiet.reader' });

    const second = (await graphGet(app, path.replace(token, again))).json<InsightsAnswer>();

    expect(media.like_count).toBeUndefined();
    expect(first.data[1]?.values[0]?.value).toEqual(expect.any(Number));
    expect(second).toEqual(first);
  });

  it('answers (#100) without a metric or for one Instagram does not have', async () => {
    const token = await instagramToken(app);
    const media = await firstMedia(token);

    const missing = await graphGet(app, `/v25.0/${media.id}/insights`, token);
    const unknown = await graphGet(app, `/v25.0/${media.id}/insights?metric=views,plays`, token);

    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ type: 'OAuthException', code: 100 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({
      type: 'OAuthException',
      code: 100,
      message: expect.stringMatching(/^\(#100\) metric\[1\] must be one of the following values/),
    });
  });

  it("answers code 100 subcode 33 for another creator's media and for an unknown id", async () => {
    const atlas = await instagramToken(app, { sandbox_user: 'atlas.outdoors' });
    const atlasMedia = await firstMedia(atlas);
    const nora = await instagramToken(app, { sandbox_user: 'nora.plates' });

    const foreign = await graphGet(app, `/v25.0/${atlasMedia.id}/insights?metric=views`, nora);
    const unknown = await graphGet(app, '/v25.0/18000000000000000/insights?metric=views', nora);

    for (const response of [foreign, unknown]) {
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 100,
        error_subcode: 33,
        message: expect.stringMatching(/^Unsupported get request\. Object with ID '\d+'/),
      });
    }
  });

  it('answers (#10) when the creator did not grant instagram_business_manage_insights', async () => {
    const token = await instagramToken(app, { scope: 'instagram_business_basic' });
    const media = await firstMedia(token);

    const response = await graphGet(app, `/v25.0/${media.id}/insights?metric=views`, token);

    expect(response.statusCode).toBe(403);
    expect(response.json().error).toMatchObject({
      type: 'OAuthException',
      code: 10,
      message: '(#10) Application does not have permission for this action',
    });
  });

  it('answers code 190 for a token the sandbox never issued', async () => {
    const response = await graphGet(app, '/v25.0/18000000000000000/insights?metric=views', 'IGAAx');

    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe(190);
  });

  it("counts against the creator's hourly budget, failed calls included", async () => {
    await app.close();
    sandbox = await startPlatformSandbox({ instagram: { callsPerUserPerHour: 3 } });
    app = sandbox.app;
    const token = await instagramToken(app);
    const media = await firstMedia(token);

    const ok = await graphGet(app, `/v25.0/${media.id}/insights?metric=views`, token);
    const bad = await graphGet(app, `/v25.0/${media.id}/insights?metric=plays`, token);
    const limited = await graphGet(app, `/v25.0/${media.id}/insights?metric=views`, token);

    expect([ok.statusCode, bad.statusCode, limited.statusCode]).toEqual([200, 400, 403]);
    expect(limited.json().error.code).toBe(17);
    expect(limited.headers['x-business-use-case-usage']).toEqual(expect.any(String));
  });

  it('answers an injected fault and counts the calls under one endpoint name', async () => {
    const token = await instagramToken(app);
    const media = await firstMedia(token);
    const fault = await adminPost(app, '/sandbox/faults', {
      endpoint: '/instagram-graph/<media-id>/insights',
      error: '4',
      status: 403,
    });

    const faulty = await graphGet(app, `/v25.0/${media.id}/insights?metric=views`, token);
    const next = await graphGet(app, `/v25.0/${media.id}/insights?metric=views`, token);
    const stats = (await app.inject({ method: 'GET', url: '/sandbox/stats' })).json();

    expect(fault.statusCode).toBeLessThan(300);
    expect(faulty.statusCode).toBe(403);
    expect(faulty.json().error).toMatchObject({ type: 'OAuthException', code: 4 });
    expect(next.statusCode).toBe(200);
    expect(stats.endpoints['/instagram-graph/<media-id>/insights']).toEqual({
      calls: 2,
      byStatus: { '200': 1, '403': 1 },
    });
  });
});
