import { TikTokClient, TokenRefresher } from '@tally/tiktok';
import type { Provider } from '@nestjs/common';
import { PlatformTokensRepository } from './platform-tokens.repository.js';
import { TokenLockFactory, TokenLockNamespaces } from './token-locks.js';

/** Keeps creators' stored tokens fresh; one refresh of a creator at a time across processes. */
export const creatorTokenRefresherProvider: Provider = {
  provide: TokenRefresher,
  useFactory: (client: TikTokClient, locks: TokenLockFactory, tokens: PlatformTokensRepository) =>
    new TokenRefresher({
      client,
      lock: locks.lock(TokenLockNamespaces.creatorTokens),
      load: (creatorId) => tokens.load(creatorId),
      store: (creatorId, fresh) => tokens.store(creatorId, fresh),
    }),
  inject: [TikTokClient, TokenLockFactory, PlatformTokensRepository],
};
