import type { Rate } from './rate.js';
import type { WindowCounts } from './window-counts.js';

interface Counter {
  used: number;
  endsAt: number;
}

const SWEEP_INTERVAL_MS = 1000;

/**
 * The per-process stand-in for the Redis script while Redis is away: the same
 * fixed windows and the same all-or-nothing counting, in a Map of at most
 * `maxCounters` entries. When it is full, expired counters go first, then the
 * oldest windows (they are the nearest to their end anyway).
 */
export class MemoryRateLimiter {
  private readonly counters = new Map<string, Counter>();
  private nextSweepAt = 0;

  constructor(
    private readonly maxCounters: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.counters.size;
  }

  consume(keys: readonly string[], rates: readonly Rate[]): WindowCounts {
    const now = this.now();
    const counts: number[] = [1];
    for (let i = 0; i < keys.length; i++) {
      const { limit, windowSeconds } = rates[i];
      const counter = this.live(keys[i], now);
      const used = counter?.used ?? 0;
      const endsAt = Math.min(counter?.endsAt ?? Infinity, now + windowSeconds * 1000);
      if (used >= limit) counts[0] = 0;
      counts.push(limit, windowSeconds, used, endsAt - now);
    }
    if (counts[0] === 1) {
      for (let i = 0; i < keys.length; i++) {
        const at = 1 + i * 4;
        const used = counts[at + 2] + 1;
        counts[at + 2] = used;
        this.store(keys[i], used, now + counts[at + 3], now);
      }
    }
    return counts;
  }

  clear(): void {
    this.counters.clear();
  }

  private live(key: string, now: number): Counter | undefined {
    const counter = this.counters.get(key);
    return counter && counter.endsAt > now ? counter : undefined;
  }

  private store(key: string, used: number, endsAt: number, now: number): void {
    const counter = this.counters.get(key);
    if (counter && used > 1) {
      counter.used = used;
      counter.endsAt = endsAt;
      return;
    }
    // A new window goes to the end of the Map's order, which is eviction order.
    this.counters.delete(key);
    this.makeRoom(now);
    this.counters.set(key, { used, endsAt });
  }

  private makeRoom(now: number): void {
    if (this.counters.size < this.maxCounters) return;
    if (now >= this.nextSweepAt) {
      this.nextSweepAt = now + SWEEP_INTERVAL_MS;
      for (const [key, counter] of this.counters) {
        if (counter.endsAt <= now) this.counters.delete(key);
      }
    }
    for (const key of this.counters.keys()) {
      if (this.counters.size < this.maxCounters) break;
      this.counters.delete(key);
    }
  }
}
