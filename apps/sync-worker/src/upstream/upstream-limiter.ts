import type { Redis } from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';

// GCRA per endpoint on Redis' own clock (workers' clocks may disagree), as a
// queue: every call reserves the next slot, `interval` after the previous one
// (up to `burst` slots may be taken at once after a quiet spell), and answers
// how long to wait for it; 0 means now. No window of `windowMs` ever holds
// more than the limit, and waiting callers never stampede.
const RESERVE_SCRIPT = `
local key = KEYS[1]
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local ttl = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local tat = tonumber(redis.call('GET', key) or '0')
if tat < now then tat = now end
redis.call('SET', key, string.format('%.3f', tat + interval), 'PX', ttl)
local wait = tat - (burst - 1) * interval - now
if wait <= 0 then return 0 end
return math.ceil(wait)
`;

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
  }

  /** Resolves when this call's slot for `endpoint` has come. */
  async acquire(endpoint: string): Promise<void> {
    const key = `upstream:${this.options.namespace}:${endpoint}`;
    const started = Date.now();
    if (this.closing.signal.aborted) throw new UpstreamLimiterClosedError(endpoint);
    const waitMs = Number(
      await this.redis.eval(
        RESERVE_SCRIPT,
        1,
        key,
        this.intervalMs,
        this.burst,
        this.options.windowMs * 2,
      ),
    );
    if (waitMs === 0) return;
    this.options.onWaitStart?.(endpoint);
    try {
      await sleep(waitMs, undefined, { signal: this.closing.signal });
    } catch {
      throw new UpstreamLimiterClosedError(endpoint);
    } finally {
      this.options.onWait?.(endpoint, Date.now() - started);
    }
  }

  /** Ends every wait for a slot with UpstreamLimiterClosedError; later calls fail at once. */
  close(): void {
    this.closing.abort();
  }
}
