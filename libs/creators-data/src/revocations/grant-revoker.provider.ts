import type { Provider } from '@nestjs/common';
import { CreatorsRepository } from '../creators/creators.repository.js';
import { TokenLockFactory } from '../tokens/token-locks.js';
import { GrantRevoker } from './grant-revoker.js';

/** A GrantRevoker for an app that provides the creators repositories and a TokenLockFactory. */
export const grantRevokerProvider: Provider = {
  provide: GrantRevoker,
  useFactory: (creators: CreatorsRepository, locks: TokenLockFactory) =>
    new GrantRevoker(creators, locks),
  inject: [CreatorsRepository, TokenLockFactory],
};
