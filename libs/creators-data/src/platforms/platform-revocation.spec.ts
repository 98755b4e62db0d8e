import {
  NoStoredGrantError,
  PlatformError,
  type PlatformErrorKind,
  type PlatformTokens,
} from '@tally/platform-kit';
import { revokeAtPlatform } from './platform-revocation.js';

const tokens: PlatformTokens = {
  externalUserId: 'open-1',
  scopes: [],
  accessToken: 'act.fresh',
  accessTokenExpiresAt: new Date(Date.now() + 3600_000),
  refreshToken: 'rft.fresh',
  refreshTokenExpiresAt: new Date(Date.now() + 86400_000),
  tokenType: 'Bearer',
};

const refusal = (kind: PlatformErrorKind) =>
  new PlatformError({ platform: 'YOUTUBE', kind, endpoint: '/revoke', message: kind });

describe('revokeAtPlatform', () => {
  it('revokes with the tokens it is given fresh', async () => {
    const provider = { revoke: jest.fn().mockResolvedValue(undefined) };

    await expect(revokeAtPlatform(provider, async () => tokens)()).resolves.toBe('revoked');
    expect(provider.revoke).toHaveBeenCalledWith(tokens);
  });

  it.each<PlatformErrorKind>(['invalid_grant', 'access_token_invalid'])(
    'answers grant_gone when the platform no longer knows the grant (%s)',
    async (kind) => {
      const provider = { revoke: jest.fn().mockRejectedValue(refusal(kind)) };

      await expect(revokeAtPlatform(provider, async () => tokens)()).resolves.toBe('grant_gone');
    },
  );

  it.each([
    ['the refresh is refused', refusal('invalid_grant')],
    ['no tokens are stored', new NoStoredGrantError('creator-1')],
  ])('answers grant_gone without calling the platform when %s', async (_case, error) => {
    const provider = { revoke: jest.fn() };

    const revoke = revokeAtPlatform(provider, () => Promise.reject(error));

    await expect(revoke()).resolves.toBe('grant_gone');
    expect(provider.revoke).not.toHaveBeenCalled();
  });

  it.each<PlatformErrorKind>(['upstream_unavailable', 'rate_limited', 'invalid_client'])(
    'throws what the platform could not take now (%s)',
    async (kind) => {
      const provider = { revoke: jest.fn().mockRejectedValue(refusal(kind)) };

      await expect(revokeAtPlatform(provider, async () => tokens)()).rejects.toMatchObject({
        kind,
      });
    },
  );
});
