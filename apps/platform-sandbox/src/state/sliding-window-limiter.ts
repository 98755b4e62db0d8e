import type { SandboxClock } from './sandbox-clock.js';

const WINDOW_MS = 60_000;

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** At most `limitPerMinute` calls per key in any sliding minute, as TikTok counts them. */
export class SlidingWindowLimiter {
  private readonly calls = new Map<string, number[]>();

  constructor(
    private readonly clock: SandboxClock,
    private readonly limitPerMinute: () => number,
  ) {}

  take(key: string): LimitDecision {
    const now = this.clock.now();
    const recent = (this.calls.get(key) ?? []).filter((time) => time > now - WINDOW_MS);
    if (recent.length >= this.limitPerMinute()) {
      this.calls.set(key, recent);
      return { allowed: false, retryAfterMs: (recent[0] as number) + WINDOW_MS - now };
    }
    recent.push(now);
    this.calls.set(key, recent);
    return { allowed: true };
  }

  clear(): void {
    this.calls.clear();
  }
}
