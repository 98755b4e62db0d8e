import type { Principal } from '@tally/contracts';
import type { RateLimitName } from './rate.js';

/** What rate limiting needs to know about an authenticated caller. */
export type RateLimitedPrincipal = Pick<
  Principal,
  'accountId' | 'environment' | 'credentialId' | 'credentialType'
>;

export interface RateLimitSubject {
  readonly ip: string;
  /** Absent on unauthenticated routes: then only the IP limit applies. */
  readonly principal?: RateLimitedPrincipal;
}

export interface LimitStatus {
  readonly name: RateLimitName;
  readonly limit: number;
  readonly windowSeconds: number;
  readonly remaining: number;
  /** Seconds until this limit's window ends and its counter starts again. */
  readonly resetSeconds: number;
}

export interface RateLimitDecision {
  readonly allowed: boolean;
  readonly ip: LimitStatus;
  /**
   * Only for an authenticated caller: the account's pool and the credential's
   * burst limit, or a publishable key's own pool and the IP's share of it.
   */
  readonly pool: LimitStatus | undefined;
  readonly burst: LimitStatus | undefined;
  /** The exhausted limit that keeps the caller waiting longest; undefined when allowed. */
  readonly refusedBy: LimitStatus | undefined;
  /** 0 when allowed. */
  readonly retryAfterSeconds: number;
  /** `redis` is shared by every gateway; `memory` is this process's fallback while Redis is away. */
  readonly enforcedBy: 'redis' | 'memory';
}
