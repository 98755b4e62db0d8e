/** So many requests per window of whole seconds. */
export interface Rate {
  readonly limit: number;
  readonly windowSeconds: number;
}

/** The limits that apply when an operator has not overridden them. */
export interface RateLimitDefaults {
  /** One pool per account and environment, shared by all of the account's credentials. */
  readonly development: Rate;
  readonly production: Rate;
  /** Per credential. */
  readonly burst: Rate;
  /** Per client IP, authenticated or not. */
  readonly ip: Rate;
  /**
   * Publishable keys are public (they sit in web pages), so they never spend
   * the account's pool: each key has a pool of its own, and each client IP a
   * share of it.
   */
  readonly publishable: Rate;
  readonly publishableIp: Rate;
}

export type RateLimitName = 'pool' | 'burst' | 'ip' | 'publishable' | 'publishable-ip';

/** Largest limit or window accepted anywhere: keeps every value a plain integer in Lua too. */
export const MAX_RATE_VALUE = 999_999_999;
