import { TikTokError, type TikTokTokens, type TikTokVideoPage } from '@tally/tiktok';
import { CreatorTikTokSession } from './creator-tiktok-session.js';

function tokens(generation: number): TikTokTokens {
  return {
    externalUserId: 'open-1',
    scopes: ['user.info.basic', 'video.list'],
    accessToken: `act.${generation}`,
    accessTokenExpiresAt: new Date(Date.now() + 3_600_000),
    refreshToken: `rft.${generation}`,
    refreshTokenExpiresAt: new Date(Date.now() + 1e10),
    tokenType: 'Bearer',
  };
}

const rejected = () =>
  new TikTokError({ kind: 'access_token_invalid', endpoint: '/v2/user/info/', message: 'expired' });

/** A TikTok that accepts only `valid` access tokens; `valid` changes as the test says. */
function setUp(pages: TikTokVideoPage[] = []) {
  const state = { valid: 'act.1', generation: 1 };
  const usedTokens: string[] = [];
  const check = (accessToken: string) => {
    usedTokens.push(accessToken);
    if (accessToken !== state.valid) throw rejected();
  };
  const client = {
    userInfo: jest.fn(async (accessToken: string) => {
      check(accessToken);
      return { open_id: 'open-1', display_name: 'Maya' };
    }),
    listVideos: jest.fn(async (accessToken: string, request: { cursor?: number }) => {
      check(accessToken);
      const index = request.cursor === undefined ? 0 : request.cursor;
      return pages[index] as TikTokVideoPage;
    }),
  };
  const refresher = {
    freshTokens: jest.fn(async () => tokens(state.generation)),
    refreshAfterRejection: jest.fn(async () => {
      state.generation += 1;
      state.valid = `act.${state.generation}`;
      return tokens(state.generation);
    }),
  };
  return { client, refresher, state, usedTokens };
}

describe('CreatorTikTokSession', () => {
  it('calls TikTok with the fresh tokens it opened with', async () => {
    const { client, refresher } = setUp();
    const sut = await CreatorTikTokSession.open(client, refresher, 'creator-1');

    await sut.userInfo(['display_name']);

    expect(client.userInfo).toHaveBeenCalledWith('act.1', ['display_name']);
    expect(refresher.refreshAfterRejection).not.toHaveBeenCalled();
  });

  it('refreshes once and repeats the call when TikTok refuses the access token', async () => {
    const { client, refresher, state, usedTokens } = setUp();
    const sut = await CreatorTikTokSession.open(client, refresher, 'creator-1');
    state.valid = 'act.revoked-early';

    await expect(sut.userInfo(['display_name'])).resolves.toMatchObject({ display_name: 'Maya' });

    expect(refresher.refreshAfterRejection).toHaveBeenCalledWith('creator-1', 'act.1');
    expect(usedTokens).toEqual(['act.1', 'act.2']);
  });

  it('passes the refusal on when the refreshed token is refused too', async () => {
    const { client, refresher } = setUp();
    refresher.refreshAfterRejection.mockResolvedValue(tokens(7));
    const sut = await CreatorTikTokSession.open(client, refresher, 'creator-1');
    client.userInfo.mockRejectedValue(rejected());

    await expect(sut.userInfo(['display_name'])).rejects.toMatchObject({
      kind: 'access_token_invalid',
    });
    expect(refresher.refreshAfterRejection).toHaveBeenCalledTimes(1);
    expect(client.userInfo).toHaveBeenCalledTimes(2);
  });

  it('does not refresh for other failures', async () => {
    const { client, refresher } = setUp();
    const sut = await CreatorTikTokSession.open(client, refresher, 'creator-1');
    client.userInfo.mockRejectedValue(
      new TikTokError({ kind: 'rate_limited', endpoint: '/v2/user/info/', message: 'slow down' }),
    );

    await expect(sut.userInfo(['display_name'])).rejects.toMatchObject({ kind: 'rate_limited' });
    expect(refresher.refreshAfterRejection).not.toHaveBeenCalled();
  });

  it('reads the pages after a refresh with the new token', async () => {
    const video = (id: string) => ({ id });
    const { client, refresher, state, usedTokens } = setUp([
      { videos: [video('1')], cursor: 1, hasMore: true },
      { videos: [video('2')], cursor: 2, hasMore: true },
      { videos: [video('3')], cursor: 3, hasMore: false },
    ]);
    const sut = await CreatorTikTokSession.open(client, refresher, 'creator-1');

    const ids: string[] = [];
    for await (const page of sut.videoPages()) {
      ids.push(...page.videos.map((each) => each.id));
      if (ids.length === 1) state.valid = 'act.2';
    }

    expect(ids).toEqual(['1', '2', '3']);
    expect(usedTokens).toEqual(['act.1', 'act.1', 'act.2', 'act.2']);
    expect(refresher.refreshAfterRejection).toHaveBeenCalledTimes(1);
  });
});
