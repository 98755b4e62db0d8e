import {
  accessTokenInvalid,
  accessTokenInvalidWith200,
  badGatewayPage,
  cutOffJson,
  htmlPageWith200,
  internalError,
  invalidParams,
  LOG_ID,
  noEnvelope,
  rateLimitExceeded,
  rateLimitExceededWithRetryAfter,
  scopeNotAuthorized,
  scopePermissionMissed,
  userInfo,
  videoListFirstPage,
  videoListLastPageWithNumericIds,
  videoQuery,
  wrongDataShape,
} from '../../test/fixtures/recorded-answers.js';
import { clientWith, failureOf } from '../../test/support/client-with.js';

describe('TikTokClient.userInfo', () => {
  it('asks GET /v2/user/info/ for the fields (and open_id) with the bearer token', async () => {
    const { client, sent } = clientWith(userInfo);

    await client.userInfo('act.abc', ['display_name', 'follower_count']);

    expect(sent[0]?.method).toBe('GET');
    expect(sent[0]?.url.toString()).toBe(
      'https://open.tiktokapis.com/v2/user/info/?fields=open_id,display_name,follower_count',
    );
    expect(sent[0]?.headers.get('authorization')).toBe('Bearer act.abc');
  });

  it('returns the user of the envelope', async () => {
    const { client } = clientWith(userInfo);

    const user = await client.userInfo('act.abc', ['display_name', 'follower_count']);

    expect(user).toMatchObject({
      open_id: '3c1e7d52-6b0f-4a7e-9c1d-2f5a8b9e0d11',
      display_name: 'Demo Creator',
      follower_count: 15234,
      is_verified: false,
    });
  });

  it('reports a 401 access_token_invalid so that the caller refreshes', async () => {
    const { client } = clientWith(accessTokenInvalid);

    const error = await failureOf(client.userInfo('act.dead', ['display_name']));

    expect(error).toMatchObject({
      kind: 'access_token_invalid',
      code: 'access_token_invalid',
      httpStatus: 401,
      logId: LOG_ID,
      endpoint: '/v2/user/info/',
    });
  });

  it('trusts the envelope over the status: an error code with HTTP 200 is a failure', async () => {
    const { client } = clientWith(accessTokenInvalidWith200);

    const error = await failureOf(client.userInfo('act.dead', ['display_name']));

    expect(error).toMatchObject({ kind: 'access_token_invalid', httpStatus: 200 });
  });

  it.each([
    ['scope_permission_missed', scopePermissionMissed],
    ['scope_not_authorized', scopeNotAuthorized],
  ])('reports %s as scope_not_authorized', async (_code, answer) => {
    const { client } = clientWith(answer);

    const error = await failureOf(client.userInfo('act.abc', ['follower_count']));

    expect(error.kind).toBe('scope_not_authorized');
  });
});

describe('TikTokClient.listVideos', () => {
  it('posts a JSON body with max_count and cursor, and the fields in the query', async () => {
    const { client, sent } = clientWith(videoListFirstPage);

    await client.listVideos('act.abc', { cursor: 1763980000000, maxCount: 20, fields: ['title'] });

    expect(sent[0]?.method).toBe('POST');
    expect(sent[0]?.url.toString()).toBe(
      'https://open.tiktokapis.com/v2/video/list/?fields=id,title',
    );
    expect(sent[0]?.headers.get('content-type')).toBe('application/json');
    expect(sent[0]?.headers.get('authorization')).toBe('Bearer act.abc');
    expect(JSON.parse(sent[0]?.body ?? '')).toEqual({ max_count: 20, cursor: 1763980000000 });
  });

  it('leaves the cursor out of the first request and clamps max_count to 20', async () => {
    const { client, sent } = clientWith(videoListFirstPage);

    await client.listVideos('act.abc', { maxCount: 50 });

    expect(JSON.parse(sent[0]?.body ?? '')).toEqual({ max_count: 20 });
  });

  it('returns the page with 19-digit ids as exact strings', async () => {
    const { client } = clientWith(videoListFirstPage);

    const page = await client.listVideos('act.abc', { maxCount: 20 });

    expect(page.videos.map((video) => video.id)).toEqual([
      '7312345678901234567',
      '7312345678901234999',
    ]);
    expect(page.videos[0]).toMatchObject({ create_time: 1763980000, view_count: 10432 });
    expect(page).toMatchObject({ cursor: 1763900000000, hasMore: true });
  });

  it('keeps every digit of an id sent as a bare JSON number', async () => {
    const { client } = clientWith(videoListLastPageWithNumericIds);

    const page = await client.listVideos('act.abc', { maxCount: 20 });

    expect(page.videos[0]?.id).toBe('7298765432109876543');
    expect(page.hasMore).toBe(false);
  });

  it('reports 429 rate_limit_exceeded as rate_limited', async () => {
    const { client } = clientWith(rateLimitExceeded);

    const error = await failureOf(client.listVideos('act.abc', { maxCount: 20 }));

    expect(error).toMatchObject({ kind: 'rate_limited', httpStatus: 429, retryable: true });
    expect(error.retryAfterSeconds).toBeUndefined();
  });

  it('passes on Retry-After when TikTok sends one', async () => {
    const { client } = clientWith(rateLimitExceededWithRetryAfter);

    const error = await failureOf(client.listVideos('act.abc', { maxCount: 20 }));

    expect(error.retryAfterSeconds).toBe(30);
  });

  it('reports 500 internal_error as upstream_unavailable', async () => {
    const { client } = clientWith(internalError);

    const error = await failureOf(client.listVideos('act.abc', { maxCount: 20 }));

    expect(error).toMatchObject({ kind: 'upstream_unavailable', code: 'internal_error' });
  });

  it('reports an HTML 502 page as upstream_unavailable', async () => {
    const { client } = clientWith(badGatewayPage);

    const error = await failureOf(client.listVideos('act.abc', { maxCount: 20 }));

    expect(error).toMatchObject({ kind: 'upstream_unavailable', httpStatus: 502 });
  });

  it('reports invalid_params as invalid_request', async () => {
    const { client } = clientWith(invalidParams);

    const error = await failureOf(client.listVideos('act.abc', { maxCount: 20 }));

    expect(error.kind).toBe('invalid_request');
  });

  it.each([
    ['an HTML page with status 200', htmlPageWith200],
    ['cut-off JSON', cutOffJson],
    ['a body without the envelope', noEnvelope],
    ['data of the wrong shape', wrongDataShape],
  ])('reports %s as invalid_response', async (_case, answer) => {
    const { client } = clientWith(answer);

    const error = await failureOf(client.listVideos('act.abc', { maxCount: 20 }));

    expect(error).toMatchObject({ kind: 'invalid_response', retryable: false });
  });
});

describe('TikTokClient.queryVideos', () => {
  it('posts the ids as filters.video_ids and returns the videos', async () => {
    const { client, sent } = clientWith(videoQuery);

    const videos = await client.queryVideos(
      'act.abc',
      ['7312345678901234567'],
      ['title', 'cover_image_url'],
    );

    expect(sent[0]?.url.toString()).toBe(
      'https://open.tiktokapis.com/v2/video/query/?fields=id,title,cover_image_url',
    );
    expect(JSON.parse(sent[0]?.body ?? '')).toEqual({
      filters: { video_ids: ['7312345678901234567'] },
    });
    expect(videos).toEqual([
      {
        id: '7312345678901234567',
        title: 'Morning routine',
        cover_image_url: 'https://p16-sign.tiktokcdn-us.com/obj/new',
      },
    ]);
  });

  it('refuses more than 20 ids without calling TikTok', async () => {
    const { client, sent } = clientWith();
    const ids = Array.from({ length: 21 }, (_, index) => `73123456789012345${index}`);

    const error = await failureOf(client.queryVideos('act.abc', ids));

    expect(error.kind).toBe('invalid_request');
    expect(sent).toHaveLength(0);
  });

  it('answers no ids with no videos, without calling TikTok', async () => {
    const { client, sent } = clientWith();

    await expect(client.queryVideos('act.abc', [])).resolves.toEqual([]);
    expect(sent).toHaveLength(0);
  });
});
