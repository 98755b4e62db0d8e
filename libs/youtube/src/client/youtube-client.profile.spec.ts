import {
  CHANNEL_ID,
  noChannel,
  ownChannel,
  ownChannelHidingSubscribers,
  UPLOADS_PLAYLIST_ID,
} from '../../test/fixtures/recorded-answers.js';
import {
  clientWith,
  clientWithOptions,
  failureOf,
  storedTokens,
} from '../../test/support/client-with.js';

describe('YouTubeClient.profile', () => {
  it("asks for the creator's own channel with snippet, statistics and contentDetails", async () => {
    const { client, sent } = clientWith(ownChannel);

    await client.profile(storedTokens());

    expect(sent[0]?.url.origin + sent[0]!.url.pathname).toBe(
      'https://www.googleapis.com/youtube/v3/channels',
    );
    expect(Object.fromEntries(sent[0]!.url.searchParams)).toEqual({
      part: 'snippet,statistics,contentDetails',
      mine: 'true',
    });
    expect(sent[0]?.headers.get('authorization')).toBe('Bearer ya29.stored-access-token');
  });

  it("keeps the path prefix of the API base URL (the sandbox's /youtube-api)", async () => {
    const { client, sent } = clientWithOptions(
      { apiBaseUrl: 'http://127.0.0.1:4500/youtube-api' },
      ownChannel,
    );

    await client.profile(storedTokens());

    expect(sent[0]?.url.pathname).toBe('/youtube-api/youtube/v3/channels');
  });

  it('maps the channel: subscribers as followers, string counts as numbers, the largest avatar', async () => {
    const { client } = clientWith(ownChannel);

    const profile = await client.profile(storedTokens());

    expect(profile).toEqual({
      externalUserId: CHANNEL_ID,
      username: 'googledevelopers',
      displayName: 'Google for Developers',
      avatarUrl: 'https://yt3.ggpht.com/avatar=s800',
      bio: 'Subscribe to join a community of creative developers.',
      verified: false,
      profileUrl: `https://www.youtube.com/channel/${CHANNEL_ID}`,
      followers: 2_490_000,
      following: null,
      likes: null,
      videoCount: 6342,
      totalViews: 254_683_913,
      platformData: {
        uploadsPlaylistId: UPLOADS_PLAYLIST_ID,
        customUrl: '@googledevelopers',
        publishedAt: '2007-08-23T00:34:43Z',
        hiddenSubscriberCount: false,
        country: 'US',
      },
    });
  });

  it('has null followers when the creator hides them, and no username without a handle', async () => {
    const { client } = clientWith(ownChannelHidingSubscribers);

    const profile = await client.profile(storedTokens());

    expect(profile).toMatchObject({
      followers: null,
      username: null,
      bio: null,
      videoCount: 0,
      totalViews: 120,
      avatarUrl: 'https://yt3.ggpht.com/small=s88',
      platformData: { hiddenSubscriberCount: true, customUrl: null },
    });
  });

  it('fails with not_found when the Google account has no YouTube channel', async () => {
    const { client } = clientWith(noChannel);

    const error = await failureOf(client.profile(storedTokens()));

    expect(error).toMatchObject({ kind: 'not_found', endpoint: '/youtube/v3/channels' });
    expect(error.message).toContain('no YouTube channel');
  });
});

describe('YouTubeClient.limits', () => {
  it('is a daily quota in units, reset at midnight Pacific, 10,000 by default', () => {
    const { client } = clientWith();

    expect(client.platform).toBe('YOUTUBE');
    expect(client.limits).toEqual({
      kind: 'daily-units',
      unitsPerDay: 10_000,
      costs: { 'channels.list': 1, 'playlistItems.list': 1, 'videos.list': 1 },
      resetTimeZone: 'America/Los_Angeles',
    });
  });

  it('takes the quota Google granted the project', () => {
    const { client } = clientWithOptions({ quotaUnitsPerDay: 50_000 });

    expect(client.limits).toMatchObject({ kind: 'daily-units', unitsPerDay: 50_000 });
  });
});
