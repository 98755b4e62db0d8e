import {
  emptyMediaPage,
  firstMediaPage,
  lastMediaPage,
  noInsights,
  notEnoughViewers,
  profile,
  sparseProfile,
  tokenExpired,
  viewsAsTotalValue,
  viewsInsights,
  type RecordedAnswer,
} from '../../test/fixtures/recorded-answers.js';
import {
  ANY_PROFILE,
  clientWith,
  clientWithOptions,
  failureOf,
  LONG_LIVED_TOKEN,
  tokensWith,
} from '../../test/support/client-with.js';
import type { SentRequest } from '@tally/testing';

const WITH_INSIGHTS = ['instagram_business_basic', 'instagram_business_manage_insights'];

describe('InstagramClient.profile', () => {
  it('reads /me with the fields Tally maps, the token in the Authorization header', async () => {
    const { client, sent } = clientWith(profile);

    await client.profile(tokensWith());

    const request = sent[0];
    expect(request?.url.origin + (request?.url.pathname ?? '')).toBe(
      'https://graph.instagram.com/v25.0/me',
    );
    expect(request?.url.searchParams.get('fields')).toBe(
      'user_id,username,name,account_type,profile_picture_url,followers_count,follows_count,media_count,biography,website',
    );
    expect(request?.headers.get('authorization')).toBe(`Bearer ${LONG_LIVED_TOKEN}`);
    expect(request?.url.searchParams.has('access_token')).toBe(false);
  });

  it("maps Instagram's fields to Tally's profile", async () => {
    const { client } = clientWith(profile);

    expect(await client.profile(tokensWith())).toEqual({
      externalUserId: '17841405793187218',
      username: 'natgeo',
      displayName: 'National Geographic',
      avatarUrl: 'https://scontent.cdninstagram.com/v/t51/natgeo.jpg',
      bio: 'Experience the world through the eyes of our photographers.',
      verified: false,
      profileUrl: 'https://www.instagram.com/natgeo/',
      followers: 283000000,
      following: 150,
      likes: null,
      videoCount: 31245,
      totalViews: null,
      platformData: { accountType: 'MEDIA_CREATOR', website: 'https://natgeo.com' },
    });
  });

  it('leaves out what a sparse profile lacks, and falls back on id without user_id', async () => {
    const { client } = clientWith(sparseProfile);

    expect(await client.profile(tokensWith())).toMatchObject({
      externalUserId: '9123456789012345',
      displayName: null,
      avatarUrl: null,
      bio: null,
      followers: 3,
      following: 0,
      videoCount: 0,
      platformData: { accountType: 'BUSINESS', website: null },
    });
  });

  it('uses the configured Graph version', async () => {
    const { client, sent } = clientWithOptions({ graphVersion: 'v24.0' }, profile);

    await client.profile(tokensWith());

    expect(sent[0]?.url.pathname).toBe('/v24.0/me');
  });
});

describe('InstagramClient.mediaPage', () => {
  it('asks /me/media for a page of the fields Tally maps, from the start', async () => {
    const { client, sent } = clientWith(firstMediaPage);

    await client.mediaPage(tokensWith(), ANY_PROFILE, null);

    const request = sent[0];
    expect(request?.url.pathname).toBe('/v25.0/me/media');
    expect(Object.fromEntries(request?.url.searchParams ?? [])).toEqual({
      fields:
        'id,caption,media_type,media_url,permalink,thumbnail_url,timestamp,like_count,comments_count',
      limit: '25',
    });
    expect(request?.headers.get('authorization')).toBe(`Bearer ${LONG_LIVED_TOKEN}`);
  });

  it('continues after the cursor given, with the configured page size', async () => {
    const { client, sent } = clientWithOptions({ mediaPageSize: 50 }, lastMediaPage);

    await client.mediaPage(tokensWith(), ANY_PROFILE, 'QVFIUafter1');

    expect(sent[0]?.url.searchParams.get('after')).toBe('QVFIUafter1');
    expect(sent[0]?.url.searchParams.get('limit')).toBe('50');
  });

  it("maps each media to Tally's, timestamps with colon-less offsets included", async () => {
    const { client } = clientWith(firstMediaPage);

    const page = await client.mediaPage(tokensWith(), ANY_PROFILE, null);

    expect(page.media).toEqual([
      {
        externalId: '17895695668004550',
        title: null,
        description: 'Dawn over the Serengeti',
        permalink: 'https://www.instagram.com/p/Cx1/',
        thumbnailUrl: 'https://scontent.cdninstagram.com/v/dawn.jpg',
        publishedAt: new Date('2026-04-17T12:00:00Z'),
        durationSeconds: null,
        views: null,
        likes: 120034,
        comments: 812,
        shares: null,
        platformData: { mediaType: 'IMAGE' },
      },
      {
        externalId: '18023456789012345',
        title: null,
        description: null,
        permalink: 'https://www.instagram.com/reel/Cx2/',
        thumbnailUrl: 'https://scontent.cdninstagram.com/v/reel.jpg',
        publishedAt: new Date('2026-04-16T11:00:00Z'),
        durationSeconds: null,
        views: null,
        // Hidden like counts are left out by Instagram: unknown, not zero.
        likes: null,
        comments: 4,
        shares: null,
        platformData: { mediaType: 'VIDEO' },
      },
    ]);
  });

  it('follows paging.cursors.after while Graph links a next page', async () => {
    const { client } = clientWith(firstMediaPage);

    expect((await client.mediaPage(tokensWith(), ANY_PROFILE, null)).nextCursor).toBe(
      'QVFIUafter1',
    );
  });

  it('ends on a page without next, even when it still has cursors', async () => {
    const { client } = clientWith(lastMediaPage);

    const page = await client.mediaPage(tokensWith(), ANY_PROFILE, 'QVFIUafter1');

    expect(page.nextCursor).toBeNull();
    expect(page.media[0]?.thumbnailUrl).toBe('https://scontent.cdninstagram.com/v/album-cover.jpg');
  });

  it('reads an empty page without paging as the end', async () => {
    const { client } = clientWith(emptyMediaPage);

    expect(await client.mediaPage(tokensWith(), ANY_PROFILE, null)).toEqual({
      media: [],
      nextCursor: null,
    });
  });

  it('refuses a timestamp that is not ISO 8601 as invalid_response', async () => {
    const { client } = clientWith({
      status: 200,
      body: '{"data":[{"id":"1","timestamp":"yesterday"}]}',
    });

    const error = await failureOf(client.mediaPage(tokensWith(), ANY_PROFILE, null));

    expect(error.kind).toBe('invalid_response');
    expect(error.message).toContain('not an ISO 8601 timestamp');
  });
});

describe('InstagramClient.mediaPage views', () => {
  const insightsFor =
    (answers: Record<string, RecordedAnswer>) =>
    (request: SentRequest): RecordedAnswer => {
      const mediaId = request.url.pathname.split('/')[2] ?? '';
      const answer = answers[mediaId];
      if (answer === undefined) throw new Error(`unexpected insights request ${mediaId}`);
      return answer;
    };

  it('reads each media’s views from its insights when the insights scope was granted', async () => {
    const answers = {
      '17895695668004550': viewsInsights(1500000),
      '18023456789012345': viewsAsTotalValue,
    };
    const { client, sent } = clientWith(firstMediaPage, insightsFor(answers), insightsFor(answers));

    const page = await client.mediaPage(tokensWith(WITH_INSIGHTS), ANY_PROFILE, null);

    expect(page.media.map((media) => media.views)).toEqual([1500000, 777]);
    const insights = sent.slice(1);
    expect(insights.map((request) => request.url.pathname).sort()).toEqual([
      '/v25.0/17895695668004550/insights',
      '/v25.0/18023456789012345/insights',
    ]);
    expect(insights.every((request) => request.url.searchParams.get('metric') === 'views')).toBe(
      true,
    );
    expect(insights[0]?.headers.get('authorization')).toBe(`Bearer ${LONG_LIVED_TOKEN}`);
  });

  it('reads no insights without the insights scope', async () => {
    const { client, sent } = clientWith(firstMediaPage);

    await client.mediaPage(tokensWith(['instagram_business_basic']), ANY_PROFILE, null);

    expect(sent).toHaveLength(1);
  });

  it('reads no insights when told not to', async () => {
    const { client, sent } = clientWithOptions({ readMediaViews: false }, firstMediaPage);

    await client.mediaPage(tokensWith(WITH_INSIGHTS), ANY_PROFILE, null);

    expect(sent).toHaveLength(1);
  });

  it('leaves views null where Instagram has none: too few viewers, or an empty data set', async () => {
    const answers = { '17895695668004550': notEnoughViewers, '18023456789012345': noInsights };
    const { client } = clientWith(firstMediaPage, insightsFor(answers), insightsFor(answers));

    const page = await client.mediaPage(tokensWith(WITH_INSIGHTS), ANY_PROFILE, null);

    expect(page.media.map((media) => media.views)).toEqual([null, null]);
  });

  it('fails the page when an insights call finds the token dead', async () => {
    const answers = { '17895695668004550': tokenExpired, '18023456789012345': noInsights };
    const { client } = clientWith(firstMediaPage, insightsFor(answers), insightsFor(answers));

    const error = await failureOf(client.mediaPage(tokensWith(WITH_INSIGHTS), ANY_PROFILE, null));

    expect(error.kind).toBe('access_token_invalid');
  });
});
