import type { Redis } from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';

// GCRA per endpoint on Redis' own clock (workers' clocks may disagree), as a
// queue: every call reserves the next slot, `interval` after the previous one
// (up to `burst` slots may be taken at once after a quiet spell), and answers
// how long to wait for it; 0 means now. No window of `windowMs` ever holds
// more than the limit, and waiting callers never stampede. ARGV[4], the time
// now in ms, is passed only by tests (an injected clock); without it the
// script reads Redis' TIME.
const RESERVE_SCRIPT = `
local key = KEYS[1]
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local ttl = tonumber(ARGV[3])
local now
if ARGV[4] then
  now = tonumber(ARGV[4])
else
  local time = redis.call('TIME')
  now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
end
local tat = tonumber(redis.call('GET', key) or '0')
if tat < now then tat = now end
redis.call('SET', key, string.format('%.3f', tat + interval), 'PX', ttl)
local wait = tat - (burst - 1) * interval - now
if wait <= 0 then return 0 end
return math.ceil(wait)
`;

/** A clock the limiter reckons slots on and waits by, in milliseconds. */
export interface UpstreamClock {
  now(): number;
  /** Resolves `ms` later on this clock; rejects once `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

const systemClock: UpstreamClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => sleep(ms, undefined, { signal }),
};

export interface UpstreamLimiterOptions {
  /** Calls allowed per endpoint within any `windowMs`, across every process. */
  limit: number;
  windowMs: number;
  /** Calls that may leave at once after a quiet spell (default: 2% of the limit, 1 to 10). */
  burst?: number;
  /** Keys are `upstream:<namespace>:<endpoint>` under the connection's key prefix. */
  namespace: string;
  /** Called when the window makes a caller wait for a slot (metrics). */
  onWaitStart?: (endpoint: string) => void;
  /** Called with how long that caller waited, once it has a slot or gave up (metrics). */
  onWait?: (endpoint: string, waitedMs: number) => void;
  /**
   * Tests only: slots are reckoned on this clock's `now()` instead of Redis'
   * TIME, and callers wait with its `sleep`. Left out, every process shares
   * Redis' clock, so workers' own clocks never matter.
   */
  clock?: UpstreamClock;
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
 * endpoint takes a slot first and waits for its turn, so that N workers
 * together stay under the platform's limit. Calls are paced evenly rather than
 * sent in bursts: a window never holds more than `limit` calls, and a long
 * backlog uses (limit - burst) / limit of the budget.
 */
export class UpstreamLimiter {
  private readonly closing = new AbortController();

  private readonly burst: number;
  private readonly intervalMs: number;
  private readonly clock: UpstreamClock;

  constructor(
    private readonly redis: Redis,
    private readonly options: UpstreamLimiterOptions,
  ) {
    this.burst = Math.min(
      options.limit,
      options.burst ?? Math.max(1, Math.min(10, Math.floor(options.limit * 0.02))),
    );
    // Any window of windowMs holds at most windowMs / interval + burst calls: the limit.
    this.intervalMs = options.windowMs / Math.max(1, options.limit - this.burst);
    this.clock = options.clock ?? systemClock;
  }

  /** Resolves when this call's slot for `endpoint` has come. */
  async acquire(endpoint: string): Promise<void> {
    const key = `upstream:${this.options.namespace}:${endpoint}`;
    const started = this.clock.now();
    if (this.closing.signal.aborted) throw new UpstreamLimiterClosedError(endpoint);
    const args = [this.intervalMs, this.burst, this.options.windowMs * 2];
    if (this.options.clock) args.push(started);
    const waitMs = Number(await this.redis.eval(RESERVE_SCRIPT, 1, key, ...args));
    if (waitMs === 0) return;
    this.options.onWaitStart?.(endpoint);
    try {
      await this.clock.sleep(waitMs, this.closing.signal);
    } catch {
      throw new UpstreamLimiterClosedError(endpoint);
    } finally {
      this.options.onWait?.(endpoint, this.clock.now() - started);
    }
  }

  /** Ends every wait for a slot with UpstreamLimiterClosedError; later calls fail at once. */
  close(): void {
    this.closing.abort();
  }
}
