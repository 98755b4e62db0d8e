import {
  PendingRevocationsRepository,
  PlatformSuite,
  refreshMarginMs,
  TokenLockFactory,
  TokenLockNamespaces,
} from '@tally/creators-data';
import { TokenRefresher } from '@tally/platform-kit';
import type { Provider } from '@nestjs/common';

export const REVOCATION_TOKEN_REFRESHER = Symbol('REVOCATION_TOKEN_REFRESHER');

/**
 * Fresh tokens of a pending revocation: TikTok refuses to revoke with an
 * expired access token. Refreshes may rotate the refresh token, so they take
 * the same cross-worker lock as creators' refreshes, keyed by the revocation.
 */
export const revocationTokenRefresherProvider: Provider = {
  provide: REVOCATION_TOKEN_REFRESHER,
  useFactory: (
    suite: PlatformSuite,
    locks: TokenLockFactory,
    revocations: PendingRevocationsRepository,
  ) =>
    new TokenRefresher({
      refresh: (grant) => suite.providers.get(grant.platform).refresh(grant),
      lock: locks.lock(TokenLockNamespaces.revocationTokens),
      load: async (id) => (await revocations.find(id))?.tokens ?? null,
      store: (id, tokens) => revocations.replaceTokens(id, tokens),
      refreshMarginMs,
    }),
  inject: [PlatformSuite, TokenLockFactory, PendingRevocationsRepository],
};
