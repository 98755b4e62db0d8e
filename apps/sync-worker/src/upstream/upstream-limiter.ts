import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

// A sliding log per endpoint: the times of the calls of the last window, on
// Redis' own clock (workers' clocks may disagree). Takes a slot when fewer
// than `limit` calls happened within the window; otherwise answers how long
// until the oldest one leaves it.
const ACQUIRE_SCRIPT = `
local key = KEYS[1]
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local member = ARGV[3]
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
if redis.call('ZCARD', key) < limit then
  redis.call('ZADD', key, now, member)
  redis.call('PEXPIRE', key, window)
  return 0
end
local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)
`;

export interface UpstreamLimiterOptions {
  /** Calls allowed per endpoint within `windowMs`, across every process. */
  limit: number;
  windowMs: number;
  /** Keys are `upstream:<namespace>:<endpoint>` under the connection's key prefix. */
  namespace: string;
  /** Called when the window makes a caller wait for a slot (metrics). */
  onWaitStart?: (endpoint: string) => void;
  /** Called with how long that caller waited, once it has a slot or gave up (metrics). */
  onWait?: (endpoint: string, waitedMs: number) => void;
}

/** The limiter was closed (the process is shutting down) while a caller waited for a slot. */
export class UpstreamLimiterClosedError extends Error {
  constructor(endpoint: string) {
    super(`stopped waiting for a ${endpoint} slot: the worker is shutting down`);
    this.name = 'UpstreamLimiterClosedError';
  }
}

/**
 * Upstream rate limits shared by every worker through Redis: each call to an
 * endpoint takes a slot first, and waits for one when the window is full, so
 * that N workers together stay under the platform's limit.
 */
export class UpstreamLimiter {
  private readonly closing = new AbortController();

  constructor(
    private readonly redis: Redis,
    private readonly options: UpstreamLimiterOptions,
  ) {}

  /** Resolves when a slot for `endpoint` is taken; waits as long as the window requires. */
  async acquire(endpoint: string): Promise<void> {
    const key = `upstream:${this.options.namespace}:${endpoint}`;
    const started = Date.now();
    let waited = false;
    try {
      for (;;) {
        if (this.closing.signal.aborted) throw new UpstreamLimiterClosedError(endpoint);
        const waitMs = Number(
          await this.redis.eval(
            ACQUIRE_SCRIPT,
            1,
            key,
            this.options.limit,
            this.options.windowMs,
            randomUUID(),
          ),
        );
        if (waitMs === 0) return;
        if (!waited) this.options.onWaitStart?.(endpoint);
        waited = true;
        // Jitter, so that the workers that waited do not all come back at the same instant.
        await sleep(waitMs + Math.random() * Math.min(250, waitMs), undefined, {
          signal: this.closing.signal,
        }).catch(() => undefined);
      }
    } finally {
      if (waited) this.options.onWait?.(endpoint, Date.now() - started);
    }
  }

  /** Ends every wait for a slot with UpstreamLimiterClosedError; later calls fail at once. */
  close(): void {
    this.closing.abort();
  }
}
