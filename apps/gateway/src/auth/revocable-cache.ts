import { TtlCache } from './ttl-cache.js';

/** Taken before a verification asks identity; a verdict is kept only with a ticket still valid. */
export type CacheTicket = number;

/**
 * A TtlCache of verdicts that revocations make stale. A verdict that was on
 * its way from identity while a revocation reached this cache may predate the
 * revocation: it is answered, but not kept, so the next request asks again.
 * The check is per cache, not per credential: a revocation costs the verdicts
 * in flight at that moment one more verification, which keeps it exact
 * without remembering revoked ids.
 */
export class RevocableCache<V> {
  private readonly entries: TtlCache<V>;
  private generation = 0;

  constructor(maxEntries: number, now: () => number = Date.now) {
    this.entries = new TtlCache(maxEntries, now);
  }

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  ticket(): CacheTicket {
    return this.generation;
  }

  /** Keeps the verdict unless a revocation reached the cache since `ticket`; says whether it did. */
  set(key: string, value: V, ttlMs: number, ticket: CacheTicket): boolean {
    if (ticket !== this.generation) return false;
    this.entries.set(key, value, ttlMs);
    return true;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Drops the verdicts a revocation makes stale, and any verdict still on its way. */
  revokeWhere(matches: (value: V) => boolean): void {
    this.generation += 1;
    this.entries.deleteWhere(matches);
  }

  get size(): number {
    return this.entries.size;
  }
}
