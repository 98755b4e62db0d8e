import { PlatformError } from '../errors/platform-error.js';
import type { PlatformId } from '../provider/platform-id.js';
import type { PlatformTokens } from '../provider/platform-provider.js';
import { inProcessLock } from './creator-lock.js';
import { NoStoredGrantError, type StoredGrant, TokenRefresher } from './token-refresher.js';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const MINUTE_MS = 60 * 1000;

function tokens(
  generation: number,
  accessExpiresInMs: number,
  refreshExpiresInMs = 1e10,
): PlatformTokens {
  return {
    externalUserId: 'open-1',
    scopes: ['user.info.basic', 'video.list'],
    accessToken: `act.${generation}`,
    accessTokenExpiresAt: new Date(NOW + accessExpiresInMs),
    refreshToken: `rft.${generation}`,
    refreshTokenExpiresAt: new Date(NOW + refreshExpiresInMs),
    tokenType: 'Bearer',
  };
}

/** A refresher over an in-memory store, and a platform that rotates refresh tokens (as TikTok does). */
function setUp(initial: PlatformTokens | null, platform: PlatformId = 'TIKTOK') {
  const stored = new Map<string, PlatformTokens>();
  if (initial) stored.set('creator-1', initial);
  const refreshedWith: (string | null)[] = [];
  let generation = 1;
  const refresh = async (grant: StoredGrant) => {
    refreshedWith.push(grant.refreshToken);
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (grant.refreshToken !== null && grant.refreshToken !== `rft.${generation}`) {
      throw new PlatformError({
        platform: grant.platform,
        kind: 'invalid_grant',
        endpoint: '/v2/oauth/token/',
        message: 'rotated',
      });
    }
    generation += 1;
    return tokens(generation, 2 * 60 * MINUTE_MS);
  };
  const sut = new TokenRefresher({
    refresh,
    lock: inProcessLock(),
    load: async (creatorId) => {
      const grant = stored.get(creatorId);
      return grant ? { ...grant, platform } : null;
    },
    refreshMarginMs: (of) => (of === 'INSTAGRAM' ? 7 * 24 * 60 * MINUTE_MS : 5 * MINUTE_MS),
    store: async (creatorId, fresh) => {
      stored.set(creatorId, fresh);
    },
    now: () => NOW,
  });
  return { sut, stored, refreshedWith };
}

describe('TokenRefresher.freshTokens', () => {
  it('returns the stored tokens while the access token outlives the margin', async () => {
    const { sut, refreshedWith } = setUp(tokens(1, 30 * MINUTE_MS));

    const result = await sut.freshTokens('creator-1');

    expect(result.accessToken).toBe('act.1');
    expect(refreshedWith).toEqual([]);
  });

  it('refreshes an access token about to expire and stores both new tokens', async () => {
    const { sut, stored } = setUp(tokens(1, 2 * MINUTE_MS));

    const result = await sut.freshTokens('creator-1');

    expect(result.accessToken).toBe('act.2');
    expect(stored.get('creator-1')).toMatchObject({ accessToken: 'act.2', refreshToken: 'rft.2' });
  });

  it('refreshes once when several callers find the token stale at the same time', async () => {
    const { sut, refreshedWith } = setUp(tokens(1, -MINUTE_MS));

    const results = await Promise.all([
      sut.freshTokens('creator-1'),
      sut.freshTokens('creator-1'),
      sut.freshTokens('creator-1'),
    ]);

    expect(refreshedWith).toEqual(['rft.1']);
    expect(results.map((result) => result.accessToken)).toEqual(['act.2', 'act.2', 'act.2']);
  });

  it('asks for a reconnection without calling the platform when the refresh token has expired', async () => {
    const { sut, refreshedWith } = setUp(tokens(1, -MINUTE_MS, -MINUTE_MS));

    await expect(sut.freshTokens('creator-1')).rejects.toMatchObject({ kind: 'invalid_grant' });
    expect(refreshedWith).toEqual([]);
  });

  it('leaves a grant without a refresh token to its platform (Instagram refreshes the access token itself)', async () => {
    const { sut, refreshedWith } = setUp(
      { ...tokens(1, -MINUTE_MS), refreshToken: null, refreshTokenExpiresAt: null },
      'INSTAGRAM',
    );

    await expect(sut.freshTokens('creator-1')).resolves.toMatchObject({ accessToken: 'act.2' });
    expect(refreshedWith).toEqual([null]);
  });

  it("refreshes within the platform's own margin: days ahead for Instagram's long-lived token", async () => {
    const instagram = setUp(tokens(1, 3 * 24 * 60 * MINUTE_MS), 'INSTAGRAM');
    const tiktok = setUp(tokens(1, 3 * 24 * 60 * MINUTE_MS), 'TIKTOK');

    await expect(instagram.sut.freshTokens('creator-1')).resolves.toMatchObject({
      accessToken: 'act.2',
    });
    await expect(tiktok.sut.freshTokens('creator-1')).resolves.toMatchObject({
      accessToken: 'act.1',
    });
  });

  it('refreshes a grant whose refresh token has no known expiry', async () => {
    const { sut, refreshedWith } = setUp({ ...tokens(1, -MINUTE_MS), refreshTokenExpiresAt: null });

    await expect(sut.freshTokens('creator-1')).resolves.toMatchObject({ accessToken: 'act.2' });
    expect(refreshedWith).toEqual(['rft.1']);
  });

  it('asks for a reconnection when no tokens are stored', async () => {
    const { sut } = setUp(null);

    await expect(sut.freshTokens('creator-1')).rejects.toBeInstanceOf(NoStoredGrantError);
  });
});

describe('TokenRefresher.refreshAfterRejection', () => {
  it('refreshes when the rejected token is still the stored one', async () => {
    const { sut, refreshedWith } = setUp(tokens(1, 60 * MINUTE_MS));

    const result = await sut.refreshAfterRejection('creator-1', 'act.1');

    expect(result.accessToken).toBe('act.2');
    expect(refreshedWith).toEqual(['rft.1']);
  });

  it('returns the stored tokens when another worker already replaced the rejected one', async () => {
    const { sut, refreshedWith } = setUp(tokens(1, 60 * MINUTE_MS));

    await Promise.all([
      sut.refreshAfterRejection('creator-1', 'act.1'),
      sut.refreshAfterRejection('creator-1', 'act.1'),
    ]);

    expect(refreshedWith).toEqual(['rft.1']);
  });

  it('passes on invalid_grant when the platform refuses the refresh token', async () => {
    const { sut, stored } = setUp(tokens(1, 60 * MINUTE_MS));
    stored.set('creator-1', { ...tokens(1, 60 * MINUTE_MS), refreshToken: 'rft.revoked' });

    await expect(sut.refreshAfterRejection('creator-1', 'act.1')).rejects.toMatchObject({
      kind: 'invalid_grant',
    });
  });
});
