import type { PlatformProfile } from '@tally/platform-kit';
import {
  ownChannel,
  ownChannelHidingSubscribers,
  playlistNotFound,
  UPLOADS_PLAYLIST_ID,
  uploadsEmpty,
  uploadsFirstPage,
  uploadsLastPage,
  videosOfFirstPage,
  videosOfLastPage,
} from '../../test/fixtures/recorded-answers.js';
import { clientWith, failureOf, storedTokens } from '../../test/support/client-with.js';
import type { RecordedAnswer } from '../../test/fixtures/recorded-answers.js';

async function profileFrom(channel: RecordedAnswer): Promise<PlatformProfile> {
  return clientWith(channel).client.profile(storedTokens());
}

describe('YouTubeClient.mediaPage', () => {
  it('lists 50 ids of the uploads playlist, then reads those videos in one call', async () => {
    const profile = await profileFrom(ownChannel);
    const { client, sent } = clientWith(uploadsFirstPage, videosOfFirstPage);

    await client.mediaPage(storedTokens(), profile, null);

    expect(sent).toHaveLength(2);
    expect(sent[0]?.url.pathname).toBe('/youtube/v3/playlistItems');
    expect(Object.fromEntries(sent[0]!.url.searchParams)).toEqual({
      part: 'contentDetails',
      playlistId: UPLOADS_PLAYLIST_ID,
      maxResults: '50',
    });
    expect(sent[1]?.url.pathname).toBe('/youtube/v3/videos');
    expect(Object.fromEntries(sent[1]!.url.searchParams)).toEqual({
      part: 'snippet,statistics,contentDetails',
      id: 'dQw4w9WgXcQ,9bZkp7q19f0,deletedVid01',
    });
    for (const request of sent) {
      expect(request.headers.get('authorization')).toBe('Bearer ya29.stored-access-token');
    }
  });

  it('maps the videos in playlist order, leaves out deleted ones and gives the next cursor', async () => {
    const profile = await profileFrom(ownChannel);
    const { client } = clientWith(uploadsFirstPage, videosOfFirstPage);

    const page = await client.mediaPage(storedTokens(), profile, null);

    expect(page.nextCursor).toBe('EAAaBlBUOkNESQ');
    expect(page.media).toEqual([
      {
        externalId: 'dQw4w9WgXcQ',
        title: 'First video',
        description: 'The first one, filmed at home.',
        permalink: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        thumbnailUrl: 'https://i.ytimg.com/vi/dQw4w9WgXcQ/maxresdefault.jpg',
        publishedAt: new Date('2026-12-01T17:00:00Z'),
        durationSeconds: 213,
        views: 1_700_000_000,
        likes: 18_000_000,
        comments: 2_400_000,
        shares: null,
        platformData: {
          channelId: 'UC_x5XG1OV2P6uZZ5FSM9Ttw',
          categoryId: '10',
          liveBroadcastContent: 'none',
          definition: 'hd',
        },
      },
      expect.objectContaining({ externalId: '9bZkp7q19f0', durationSeconds: 3723 }),
    ]);
  });

  it('gives null for counts YouTube hides (likes hidden, comments off)', async () => {
    const profile = await profileFrom(ownChannel);
    const { client } = clientWith(uploadsFirstPage, videosOfFirstPage);

    const page = await client.mediaPage(storedTokens(), profile, null);

    expect(page.media[1]).toMatchObject({ views: 5100, likes: null, comments: null, shares: null });
  });

  it('passes the cursor as pageToken and ends with a null cursor on the last page', async () => {
    const profile = await profileFrom(ownChannel);
    const { client, sent } = clientWith(uploadsLastPage, videosOfLastPage);

    const page = await client.mediaPage(storedTokens(), profile, 'EAAaBlBUOkNESQ');

    expect(sent[0]?.url.searchParams.get('pageToken')).toBe('EAAaBlBUOkNESQ');
    expect(page).toEqual({
      media: [expect.objectContaining({ externalId: 'jNQXAC9IVRw', durationSeconds: 19 })],
      nextCursor: null,
    });
  });

  it('spends no videos.list call on an empty page', async () => {
    const profile = await profileFrom(ownChannel);
    const { client, sent } = clientWith(uploadsEmpty);

    const page = await client.mediaPage(storedTokens(), profile, null);

    expect(page).toEqual({ media: [], nextCursor: null });
    expect(sent).toHaveLength(1);
  });

  it('reads a missing uploads playlist of a channel without videos as an empty first page', async () => {
    const profile = await profileFrom(ownChannelHidingSubscribers);
    const { client } = clientWith(playlistNotFound);

    await expect(client.mediaPage(storedTokens(), profile, null)).resolves.toEqual({
      media: [],
      nextCursor: null,
    });
  });

  it('reports a missing uploads playlist of a channel with videos as not_found', async () => {
    const profile = await profileFrom(ownChannel);
    const { client } = clientWith(playlistNotFound);

    const error = await failureOf(client.mediaPage(storedTokens(), profile, null));

    expect(error).toMatchObject({ kind: 'not_found', code: 'playlistNotFound', httpStatus: 404 });
  });

  it('refuses a profile without an uploads playlist, without calling YouTube', async () => {
    const profile = await profileFrom(ownChannel);
    const { client, sent } = clientWith();

    const error = await failureOf(
      client.mediaPage(storedTokens(), { ...profile, platformData: {} }, null),
    );

    expect(error.kind).toBe('invalid_request');
    expect(sent).toHaveLength(0);
  });
});
