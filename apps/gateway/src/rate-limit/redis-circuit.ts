import type { RateLimitRedis } from './rate-limit-redis.js';

/**
 * Whether a request should try Redis at all. A closed connection fails at once
 * and costs nothing to retry; but when a call failed slowly (a timeout: Redis
 * hangs or the network drops packets) requests skip Redis for `pauseMs`
 * instead of each waiting for its own timeout.
 */
export class RedisCircuit {
  private pausedUntil = 0;

  constructor(
    private readonly redis: RateLimitRedis,
    private readonly slowFailureMs: number,
    private readonly pauseMs: number,
  ) {}

  get usable(): boolean {
    if (this.redis.status !== 'ready') return false;
    return this.pausedUntil === 0 || Date.now() >= this.pausedUntil;
  }

  failed(startedAt: number): void {
    const now = Date.now();
    if (now - startedAt >= this.slowFailureMs) this.pausedUntil = now + this.pauseMs;
  }

  succeeded(): void {
    this.pausedUntil = 0;
  }
}
