import type { Redis } from 'ioredis';
import { setMaxListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

// GCRA per endpoint on Redis' own clock (workers' clocks may disagree), as a
// queue: every call reserves the next slot, `interval` after the previous one
// (up to `burst` slots may be taken at once after a quiet spell), and answers
// how long to wait for it; 0 means now. With interval = window / (limit -
// burst), no window of `windowMs` ever holds more than the limit (see the
// class). A caller that will not wait longer than ARGV[4] ms reserves nothing
// when its slot is further away and gets the wait, negated. The key lives as
// long as its last reservation plus a window, so a long queue never forgets
// its reservations. ARGV[5], the time now in ms, is passed only by tests (an
// injected clock); without it the script reads Redis' TIME.
const RESERVE_SCRIPT = `
local key = KEYS[1]
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
local max_wait = tonumber(ARGV[4])
local now
if ARGV[5] then
  now = tonumber(ARGV[5])
else
  local time = redis.call('TIME')
  now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
end
local tat = tonumber(redis.call('GET', key) or '0')
if tat < now then tat = now end
local wait = math.ceil(tat - (burst - 1) * interval - now)
if wait < 0 then wait = 0 end
if max_wait >= 0 and wait > max_wait then return -wait end
local next_tat = tat + interval
redis.call('SET', key, string.format('%.3f', next_tat), 'PX', math.ceil(next_tat - now + window))
return wait
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
  /** Calls that may leave at once after a quiet spell (default: 2% of the limit, 1 to 10; below the limit). */
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

/** A caller that may wait at most `maxWaitMs` would have had to wait longer: it has no slot. */
export class UpstreamBusyError extends Error {
  constructor(
    readonly endpoint: string,
    readonly waitMs: number,
  ) {
    super(`no ${endpoint} slot for ${waitMs} ms: the platform's limit is spoken for`);
    this.name = 'UpstreamBusyError';
  }
}

export interface AcquireOptions {
  /** Take a slot only if it comes within this many ms; otherwise UpstreamBusyError, nothing reserved. */
  maxWaitMs?: number;
}

/** The limiter was closed (the process is shutting down) while a caller waited for a slot. */
export class UpstreamLimiterClosedError extends Error {
  constructor(endpoint: string) {
    super(`stopped waiting for a ${endpoint} slot: the worker is shutting down`);
    this.name = 'UpstreamLimiterClosedError';
  }
}

/**
 * Upstream rate limits shared through Redis by every process that calls the
 * platform: each call to an endpoint takes a slot first and waits for its
 * turn, so that all callers together stay under the platform's limit. Calls
 * are paced evenly rather than sent in bursts.
 *
 * Why no window holds more than `limit`: reservations are made one at a time
 * in Redis, each `interval` after the previous one's, and a call leaves at
 * most `(burst - 1) * interval` before its reservation and never after it. So
 * n consecutive calls span at least `(n - burst) * interval`; within a window
 * of `windowMs` (the calls of the last windowMs, as platforms count) that span
 * is below windowMs, so n < windowMs / interval + burst <= limit + 1. A long
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
    // A burst as large as the limit would leave no room for the pace (a limit of 1 has no burst).
    const requested = options.burst ?? Math.min(10, Math.floor(options.limit * 0.02));
    this.burst = Math.max(1, Math.min(options.limit - 1, requested));
    // Any window of windowMs holds fewer than windowMs / interval + burst calls: the limit at most.
    this.intervalMs = options.windowMs / Math.max(1, options.limit - this.burst);
    this.clock = options.clock ?? systemClock;
    // Every caller waiting for a slot listens for the close, as many as the process has calls in flight.
    setMaxListeners(0, this.closing.signal);
  }

  /** Resolves when this call's slot for `endpoint` has come. */
  async acquire(endpoint: string, options: AcquireOptions = {}): Promise<void> {
    const key = `upstream:${this.options.namespace}:${endpoint}`;
    const started = this.clock.now();
    if (this.closing.signal.aborted) throw new UpstreamLimiterClosedError(endpoint);
    const args = [this.intervalMs, this.burst, this.options.windowMs, options.maxWaitMs ?? -1];
    if (this.options.clock) args.push(started);
    const waitMs = Number(await this.redis.eval(RESERVE_SCRIPT, 1, key, ...args));
    if (waitMs < 0) throw new UpstreamBusyError(endpoint, -waitMs);
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
