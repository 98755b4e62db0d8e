import { TokenRefresher } from '@tally/platform-kit';
import type { Provider } from '@nestjs/common';
import { PlatformSuite } from '../platforms/platform-suite.js';
import { refreshMarginMs } from '../platforms/refresh-margins.js';
import { PlatformTokensRepository } from './platform-tokens.repository.js';
import { TokenLockFactory, TokenLockNamespaces } from './token-locks.js';

/** Keeps creators' stored tokens fresh; one refresh of a creator at a time across processes. */
export const creatorTokenRefresherProvider: Provider = {
  provide: TokenRefresher,
  useFactory: (suite: PlatformSuite, locks: TokenLockFactory, tokens: PlatformTokensRepository) =>
    new TokenRefresher({
      refresh: (grant) => suite.providers.get(grant.platform).refresh(grant),
      lock: locks.lock(TokenLockNamespaces.creatorTokens),
      load: (creatorId) => tokens.load(creatorId),
      store: (creatorId, fresh) => tokens.store(creatorId, fresh),
      refreshMarginMs,
    }),
  inject: [PlatformSuite, TokenLockFactory, PlatformTokensRepository],
};
