import { REDIS } from '@tally/nest-kit';
import type { CreatorLock } from '@tally/platform-kit';
import type { Provider } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { redisCreatorLock } from './redis-creator-lock.js';

const MIN_LOCK_TTL_MS = 30_000;

/** Lock namespaces: whose tokens a lock guards. */
export const TokenLockNamespaces = {
  creatorTokens: 'creator-tokens',
  revocationTokens: 'revocation-tokens',
  /**
   * The one grant a platform user gives our app, shared by every account that
   * connected them: whoever counts the accounts left on it and then revokes it,
   * stores tokens for it or deletes a copy of it holds this lock, so that two
   * accounts disconnecting at once cannot each see the other and both leave the
   * grant alive (see TokenLockFactory.withGrant). Taken before a token lock,
   * never inside one.
   */
  platformGrants: 'platform-grants',
} as const;

export type TokenLockNamespace = (typeof TokenLockNamespaces)[keyof typeof TokenLockNamespaces];

/**
 * Locks that serialise token refreshes across every process (workers and the
 * creators service). A refresh is one TikTok call (at most TIKTOK_TIMEOUT_MS)
 * and two short queries; the lock lives several times that, so that it never
 * expires under a live refresh, and waiters give up a little after a dead
 * holder's lock would have expired.
 */
export class TokenLockFactory {
  private readonly ttlMs: number;
  private readonly grantLock: CreatorLock;

  constructor(
    private readonly redis: Redis,
    tiktokTimeoutMs: number,
  ) {
    this.ttlMs = Math.max(MIN_LOCK_TTL_MS, 3 * tiktokTimeoutMs);
    this.grantLock = this.lock(TokenLockNamespaces.platformGrants);
  }

  lock(namespace: TokenLockNamespace): CreatorLock {
    return redisCreatorLock(this.redis, {
      namespace,
      ttlMs: this.ttlMs,
      waitTimeoutMs: this.ttlMs + 5_000,
    });
  }

  /** Runs `work` holding the lock on the grant a platform user gave (TokenLockNamespaces.platformGrants). */
  withGrant<T>(platform: string, externalId: string, work: () => Promise<T>): Promise<T> {
    return this.grantLock(`${platform}:${externalId}`, work);
  }
}

/** A TokenLockFactory over the app's Redis (serviceCoreModules' `redis` option). */
export function tokenLockFactoryProvider(tiktokTimeoutMs: number): Provider {
  return {
    provide: TokenLockFactory,
    useFactory: (redis: Redis) => new TokenLockFactory(redis, tiktokTimeoutMs),
    inject: [REDIS],
  };
}
