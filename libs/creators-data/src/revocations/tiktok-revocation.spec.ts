import { TikTokError, type TikTokErrorKind, type TikTokTokens } from '@tally/tiktok';
import { revokeAtTikTok } from './tiktok-revocation.js';

const tokens: TikTokTokens = {
  externalUserId: 'open-1',
  scopes: [],
  accessToken: 'act.fresh',
  accessTokenExpiresAt: new Date(Date.now() + 3600_000),
  refreshToken: 'rft.fresh',
  refreshTokenExpiresAt: new Date(Date.now() + 86400_000),
  tokenType: 'Bearer',
};

const refusal = (kind: TikTokErrorKind) =>
  new TikTokError({ kind, endpoint: '/v2/oauth/revoke/', message: kind });

describe('revokeAtTikTok', () => {
  it('revokes with the access token it is given fresh', async () => {
    const client = { revoke: jest.fn().mockResolvedValue(undefined) };

    await expect(revokeAtTikTok(client, async () => tokens)()).resolves.toBe('revoked');
    expect(client.revoke).toHaveBeenCalledWith('act.fresh');
  });

  it.each<TikTokErrorKind>(['invalid_grant', 'access_token_invalid'])(
    'answers grant_gone when TikTok no longer knows the grant (%s)',
    async (kind) => {
      const client = { revoke: jest.fn().mockRejectedValue(refusal(kind)) };

      await expect(revokeAtTikTok(client, async () => tokens)()).resolves.toBe('grant_gone');
    },
  );

  it('answers grant_gone when no tokens are left to refresh', async () => {
    const client = { revoke: jest.fn() };

    const revoke = revokeAtTikTok(client, () => Promise.reject(refusal('invalid_grant')));

    await expect(revoke()).resolves.toBe('grant_gone');
    expect(client.revoke).not.toHaveBeenCalled();
  });

  it.each<TikTokErrorKind>(['upstream_unavailable', 'rate_limited', 'invalid_client'])(
    'throws what TikTok could not take now (%s)',
    async (kind) => {
      const client = { revoke: jest.fn().mockRejectedValue(refusal(kind)) };

      await expect(revokeAtTikTok(client, async () => tokens)()).rejects.toMatchObject({ kind });
    },
  );
});
