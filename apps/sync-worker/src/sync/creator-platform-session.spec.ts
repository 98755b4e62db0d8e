import {
  type MediaPage,
  PlatformError,
  type PlatformProfile,
  type PlatformTokens,
} from '@tally/platform-kit';
import { CreatorPlatformSession } from './creator-platform-session.js';

function tokens(generation: number): PlatformTokens {
  return {
    externalUserId: 'UC-1',
    scopes: ['https://www.googleapis.com/auth/youtube.readonly'],
    accessToken: `ya29.${generation}`,
    accessTokenExpiresAt: new Date(Date.now() + 3_600_000),
    refreshToken: '1//refresh',
    refreshTokenExpiresAt: null,
    tokenType: 'Bearer',
  };
}

const rejected = () =>
  new PlatformError({
    platform: 'YOUTUBE',
    kind: 'access_token_invalid',
    endpoint: '/youtube/v3/channels',
    message: 'expired',
  });

const PROFILE = { externalUserId: 'UC-1', displayName: 'Maya' } as PlatformProfile;

/** A platform that accepts only `valid` access tokens; `valid` changes as the test says. */
function setUp(pages: MediaPage[] = []) {
  const state = { valid: 'ya29.1', generation: 1 };
  const usedTokens: string[] = [];
  const cursors: (string | null)[] = [];
  const check = ({ accessToken }: PlatformTokens) => {
    usedTokens.push(accessToken);
    if (accessToken !== state.valid) throw rejected();
  };
  const provider = {
    profile: jest.fn(async (used: PlatformTokens) => {
      check(used);
      return PROFILE;
    }),
    mediaPage: jest.fn(
      async (used: PlatformTokens, _profile: PlatformProfile, cursor: string | null) => {
        check(used);
        cursors.push(cursor);
        return pages[cursor === null ? 0 : Number(cursor)] as MediaPage;
      },
    ),
  };
  const refresher = {
    freshTokens: jest.fn(async () => tokens(state.generation)),
    refreshAfterRejection: jest.fn(async () => {
      state.generation += 1;
      state.valid = `ya29.${state.generation}`;
      return tokens(state.generation);
    }),
  };
  return { provider, refresher, state, usedTokens, cursors };
}

const media = (externalId: string) => ({ externalId }) as MediaPage['media'][number];

describe('CreatorPlatformSession', () => {
  it('calls the platform with the fresh tokens it opened with', async () => {
    const { provider, refresher } = setUp();
    const sut = await CreatorPlatformSession.open(provider, refresher, 'creator-1');

    await expect(sut.profile()).resolves.toBe(PROFILE);

    expect(provider.profile).toHaveBeenCalledWith(
      expect.objectContaining({ accessToken: 'ya29.1' }),
    );
    expect(refresher.refreshAfterRejection).not.toHaveBeenCalled();
  });

  it('refreshes once and repeats the call when the platform refuses the access token', async () => {
    const { provider, refresher, state, usedTokens } = setUp();
    const sut = await CreatorPlatformSession.open(provider, refresher, 'creator-1');
    state.valid = 'ya29.revoked-early';

    await expect(sut.profile()).resolves.toBe(PROFILE);

    expect(refresher.refreshAfterRejection).toHaveBeenCalledWith('creator-1', 'ya29.1');
    expect(usedTokens).toEqual(['ya29.1', 'ya29.2']);
  });

  it('passes the refusal on when the refreshed token is refused too', async () => {
    const { provider, refresher } = setUp();
    refresher.refreshAfterRejection.mockResolvedValue(tokens(7));
    const sut = await CreatorPlatformSession.open(provider, refresher, 'creator-1');
    provider.profile.mockRejectedValue(rejected());

    await expect(sut.profile()).rejects.toMatchObject({ kind: 'access_token_invalid' });
    expect(refresher.refreshAfterRejection).toHaveBeenCalledTimes(1);
    expect(provider.profile).toHaveBeenCalledTimes(2);
  });

  it('does not refresh for other failures', async () => {
    const { provider, refresher } = setUp();
    const sut = await CreatorPlatformSession.open(provider, refresher, 'creator-1');
    provider.profile.mockRejectedValue(
      new PlatformError({
        platform: 'YOUTUBE',
        kind: 'quota_exhausted',
        endpoint: '/youtube/v3/channels',
        message: 'spent',
      }),
    );

    await expect(sut.profile()).rejects.toMatchObject({ kind: 'quota_exhausted' });
    expect(refresher.refreshAfterRejection).not.toHaveBeenCalled();
  });

  it('follows the cursors to the last page, reading after a refresh with the new token', async () => {
    const { provider, refresher, state, usedTokens, cursors } = setUp([
      { media: [media('1')], nextCursor: '1' },
      { media: [media('2')], nextCursor: '2' },
      { media: [media('3')], nextCursor: null },
    ]);
    const sut = await CreatorPlatformSession.open(provider, refresher, 'creator-1');

    const ids: string[] = [];
    for await (const page of sut.mediaPages(PROFILE)) {
      ids.push(...page.media.map((each) => each.externalId));
      if (ids.length === 1) state.valid = 'ya29.2';
    }

    expect(ids).toEqual(['1', '2', '3']);
    expect(cursors).toEqual([null, '1', '2']);
    expect(usedTokens).toEqual(['ya29.1', 'ya29.1', 'ya29.2', 'ya29.2']);
    expect(refresher.refreshAfterRejection).toHaveBeenCalledTimes(1);
  });

  it('goes on from a cursor a sync put off stopped at, and says which page it is reading', async () => {
    const { provider, refresher, cursors } = setUp([
      { media: [media('1')], nextCursor: '1' },
      { media: [media('2')], nextCursor: '2' },
      { media: [media('3')], nextCursor: null },
    ]);
    const sut = await CreatorPlatformSession.open(provider, refresher, 'creator-1');

    const reading: (string | null)[] = [];
    for await (const _page of sut.mediaPages(PROFILE, '1')) reading.push(sut.readingFrom);

    expect(cursors).toEqual(['1', '2']);
    expect(reading).toEqual(['1', '2']);
  });

  it('stops when the platform hands back a cursor it gave before', async () => {
    const { provider, refresher } = setUp([
      { media: [media('1')], nextCursor: '1' },
      { media: [media('2')], nextCursor: '1' },
    ]);
    const sut = await CreatorPlatformSession.open(provider, refresher, 'creator-1');

    const pages: MediaPage[] = [];
    for await (const page of sut.mediaPages(PROFILE)) pages.push(page);

    expect(pages).toHaveLength(2);
  });
});
