import { NoStoredGrantError, PlatformError, type PlatformTokens } from '@tally/platform-kit';
import type { PlatformProvider } from '@tally/platform-kit';
import type { RevokeUpstream } from '../revocations/grant-revoker.js';

/**
 * A platform's revoke call, for GrantRevoker. Some platforms refuse to revoke
 * with an expired access token: `tokens` answers fresh ones (a TokenRefresher
 * renews them first, under the lock every refresh of them takes).
 */
export function revokeAtPlatform(
  provider: Pick<PlatformProvider, 'revoke'>,
  tokens: () => Promise<PlatformTokens>,
): RevokeUpstream {
  return async () => {
    try {
      await provider.revoke(await tokens());
      return 'revoked';
    } catch (error) {
      if (error instanceof NoStoredGrantError) return 'grant_gone';
      if (error instanceof PlatformError && error.grantGone) return 'grant_gone';
      throw error;
    }
  };
}
