import type { PlatformTokens } from '@tally/platform-kit';
import { TikTokClient, TikTokError } from '@tally/tiktok';
import type { RevokeUpstream } from './grant-revoker.js';

/**
 * TikTok's revoke call, for GrantRevoker. TikTok refuses to revoke with an
 * expired access token: `tokens` answers fresh ones (a TokenRefresher renews
 * them first, under the lock every refresh of them takes, as refresh tokens rotate).
 */
export function revokeAtTikTok(
  client: Pick<TikTokClient, 'revoke'>,
  tokens: () => Promise<PlatformTokens>,
): RevokeUpstream {
  return async () => {
    try {
      await client.revoke((await tokens()).accessToken);
      return 'revoked';
    } catch (error) {
      if (error instanceof TikTokError && error.grantGone) return 'grant_gone';
      throw error;
    }
  };
}
