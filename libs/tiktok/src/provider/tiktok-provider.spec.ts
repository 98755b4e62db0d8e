import type { PlatformProfile, PlatformTokens } from '@tally/platform-kit';
import {
  codeExpiredWith200,
  userInfo,
  videoListFirstPage,
  videoListLastPageWithNumericIds,
} from '../../test/fixtures/recorded-answers.js';
import { clientWith, failureOf, NOW } from '../../test/support/client-with.js';
import { TikTokProvider } from './tiktok-provider.js';

function providerWith(...steps: Parameters<typeof clientWith>) {
  const { client, sent } = clientWith(...steps);
  return { provider: new TikTokProvider(client, { limitPerMinute: 600 }), sent };
}

const tokens: PlatformTokens = {
  externalUserId: '3c1e7d52-6b0f-4a7e-9c1d-2f5a8b9e0d11',
  scopes: ['user.info.basic', 'user.info.stats', 'video.list'],
  accessToken: 'act.example',
  accessTokenExpiresAt: new Date(NOW + 3_600_000),
  refreshToken: 'rft.example',
  refreshTokenExpiresAt: new Date(NOW + 86_400_000),
  tokenType: 'Bearer',
};

const ANY_PROFILE = {} as PlatformProfile;

describe('TikTokProvider', () => {
  it("states TikTok's limit per endpoint per minute", () => {
    expect(providerWith().provider.limits).toEqual({
      kind: 'per-endpoint-window',
      limit: 600,
      windowMs: 60_000,
    });
  });

  it('reads the profile with only the fields the granted scopes allow, in Tally’s terms', async () => {
    const { provider, sent } = providerWith(userInfo);

    const profile = await provider.profile(tokens);

    expect(sent[0]?.url.searchParams.get('fields')?.split(',')).toEqual([
      'open_id',
      'avatar_url',
      'display_name',
      'follower_count',
      'following_count',
      'likes_count',
      'video_count',
    ]);
    expect(profile).toEqual({
      externalUserId: '3c1e7d52-6b0f-4a7e-9c1d-2f5a8b9e0d11',
      username: 'democreator',
      displayName: 'Demo Creator',
      avatarUrl: expect.stringMatching(/^https:\/\/p16-sign/) as string,
      bio: null,
      verified: false,
      profileUrl: null,
      followers: 15234,
      following: 312,
      likes: 482113,
      videoCount: 87,
      totalViews: null,
      platformData: {},
    });
  });

  it('pages the videos with TikTok’s cursor, and ends where TikTok says there is no more', async () => {
    const { provider, sent } = providerWith(videoListFirstPage, videoListLastPageWithNumericIds);

    const first = await provider.mediaPage(tokens, ANY_PROFILE, null);
    const last = await provider.mediaPage(tokens, ANY_PROFILE, first.nextCursor);

    expect(first.nextCursor).toBe('1763900000000');
    expect(first.media[0]).toEqual({
      externalId: '7312345678901234567',
      title: 'Morning routine',
      description: null,
      permalink: null,
      thumbnailUrl: expect.stringMatching(/^https:\/\/p16-sign/) as string,
      publishedAt: new Date(1763980000 * 1000),
      durationSeconds: null,
      views: 10432,
      likes: 880,
      comments: 41,
      shares: 12,
      platformData: {},
    });
    expect(JSON.parse(sent[1]?.body ?? '{}')).toMatchObject({ cursor: 1763900000000 });
    expect(last).toEqual({
      media: [expect.objectContaining({ externalId: '7298765432109876543' })],
      nextCursor: null,
    });
  });

  it('reads no videos, without calling TikTok, for a grant without video.list', async () => {
    const { provider, sent } = providerWith();

    const page = await provider.mediaPage(
      { ...tokens, scopes: ['user.info.basic'] },
      ANY_PROFILE,
      null,
    );

    expect(page).toEqual({ media: [], nextCursor: null });
    expect(sent).toEqual([]);
  });

  it('refuses to refresh a grant without a refresh token, without calling TikTok', async () => {
    const { provider, sent } = providerWith();

    const error = await failureOf(provider.refresh({ ...tokens, refreshToken: null }));

    expect(error).toMatchObject({ kind: 'invalid_grant', platform: 'TIKTOK' });
    expect(sent).toEqual([]);
  });

  it('takes a grant TikTok no longer knows as revoked', async () => {
    // TikTok answers a dead grant's token with invalid_grant, as often as not with HTTP 200.
    const { provider } = providerWith(codeExpiredWith200);

    await expect(provider.revoke(tokens)).resolves.toBeUndefined();
  });

  it("builds TikTok's consent URL with every scope Tally reads unless told", () => {
    const url = new URL(
      providerWith().provider.authorizationUrl({
        redirectUri: 'https://api.example/api/v1/connect/tiktok/callback',
        state: 'state-1',
      }),
    );

    expect(url.searchParams.get('scope')).toBe(
      'user.info.basic,user.info.profile,user.info.stats,video.list',
    );
    expect(url.searchParams.get('state')).toBe('state-1');
  });
});
