import {
  CHANNEL_ID,
  keyInvalid,
  noChannel,
  ownChannel,
  videosOfFirstPage,
} from '../../test/fixtures/recorded-answers.js';
import {
  API_KEY,
  clientWith,
  clientWithOptions,
  failureOf,
} from '../../test/support/client-with.js';

describe('YouTubeClient.lookupChannel', () => {
  it('looks a handle up with the server key, not a Bearer token, adding the @', async () => {
    const { client, sent } = clientWith(ownChannel);

    const profile = await client.lookupChannel({ handle: 'googledevelopers' });

    expect(Object.fromEntries(sent[0]!.url.searchParams)).toEqual({
      part: 'snippet,statistics,contentDetails',
      forHandle: '@googledevelopers',
      key: API_KEY,
    });
    expect(sent[0]?.headers.get('authorization')).toBeNull();
    expect(profile).toMatchObject({ externalUserId: CHANNEL_ID, followers: 2_490_000 });
  });

  it('keeps a handle that has its @ already, and looks an id up by id', async () => {
    const { client, sent } = clientWith(ownChannel, ownChannel);

    await client.lookupChannel({ handle: '@googledevelopers' });
    await client.lookupChannel({ id: CHANNEL_ID });

    expect(sent[0]?.url.searchParams.get('forHandle')).toBe('@googledevelopers');
    expect(sent[1]?.url.searchParams.get('id')).toBe(CHANNEL_ID);
    expect(sent[1]?.url.searchParams.has('forHandle')).toBe(false);
  });

  it('answers null when no channel matches', async () => {
    const { client } = clientWith(noChannel);

    await expect(client.lookupChannel({ handle: 'nobody-here' })).resolves.toBeNull();
  });

  it('reports a wrong server key as invalid_client, without the key in the message', async () => {
    const { client } = clientWith(keyInvalid);

    const error = await failureOf(client.lookupChannel({ handle: 'x' }));

    expect(error).toMatchObject({ kind: 'invalid_client', code: 'keyInvalid', httpStatus: 400 });
    expect(error.message).not.toContain(API_KEY);
  });

  it('refuses to look up without a server key, without calling YouTube', async () => {
    const { client, sent } = clientWithOptions({ apiKey: undefined });

    const error = await failureOf(client.lookupChannel({ handle: 'x' }));

    expect(error.kind).toBe('invalid_client');
    expect(sent).toHaveLength(0);
  });
});

describe('YouTubeClient.lookupVideos', () => {
  it('reads public videos with the server key, in the order asked, leaving out unknown ids', async () => {
    const { client, sent } = clientWith(videosOfFirstPage);

    const media = await client.lookupVideos(['unknownVid00', '9bZkp7q19f0', 'dQw4w9WgXcQ']);

    expect(sent[0]?.url.searchParams.get('key')).toBe(API_KEY);
    expect(sent[0]?.url.searchParams.get('id')).toBe('unknownVid00,9bZkp7q19f0,dQw4w9WgXcQ');
    expect(media.map((video) => video.externalId)).toEqual(['9bZkp7q19f0', 'dQw4w9WgXcQ']);
  });

  it('asks nothing for no ids, and refuses more than 50', async () => {
    const { client, sent } = clientWith();
    const tooMany = Array.from({ length: 51 }, (_, index) => `video${index}`);

    await expect(client.lookupVideos([])).resolves.toEqual([]);
    expect((await failureOf(client.lookupVideos(tooMany))).kind).toBe('invalid_request');
    expect(sent).toHaveLength(0);
  });
});
