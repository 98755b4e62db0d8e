import type { Redis } from 'ioredis';

const HOUR_MS = 3_600_000;

/** Scheduled work may run this far ahead of an even spread, so the first syncs after a reset need not wait. */
export const SCHEDULED_LEAD_MS = HOUR_MS;

/** How long a day's counter outlives the day (to read yesterday's spend; clocks that lag). */
const KEY_GRACE_MS = 24 * HOUR_MS;

// Spends ARGV[1] units of the day in KEYS[1] unless that would take the day's
// spend past ARGV[2], the cap of the caller's priority (worked out in JS, as
// the pacing line needs the time and the day). Answers {granted (1 or 0), the
// day's spend after it}. Every process spends through this one script, so
// together they never pass a cap.
const SPEND_SCRIPT = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local units = tonumber(ARGV[1])
if used + units > tonumber(ARGV[2]) then return {0, used} end
used = redis.call('INCRBY', KEYS[1], units)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return {1, used}
`;

// Raises the day's spend in KEYS[1] to ARGV[1] (the whole day's units), never lowers it.
const EXHAUST_SCRIPT = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
if used < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end
return 1
`;

/**
 * Who a call is for. `requested`: a sync a customer asked for, or a lookup;
 * it may spend the whole day's units. `scheduled`: background syncs; they
 * follow the pacing line and never touch the reserve.
 */
export type QuotaPriority = 'requested' | 'scheduled';

export interface DailyUnitQuotaOptions {
  /** The platform's quota per day, in units, shared by every process. */
  unitsPerDay: number;
  /** Units that scheduled work leaves for requested work, whatever the time of day. */
  reserveUnits: number;
  /** Keys are `quota:<namespace>:<the day's first instant, ISO>` under the connection's key prefix. */
  namespace: string;
  /**
   * The first reset strictly after `now` (for YouTube, `nextQuotaReset` of
   * @tally/youtube). A quota day runs from one reset to the next; it may last
   * 23 or 25 hours across a change of daylight-saving time.
   */
  nextReset(now: Date): Date;
  /** Tests only: the time, in ms. Left out, the process' own clock. */
  clock?: { now(): number };
  /** Called when units are granted (metrics). */
  onSpend?: (units: number, priority: QuotaPriority) => void;
  /** Called when a spend is refused (metrics). */
  onRefused?: (priority: QuotaPriority) => void;
}

export interface QuotaRefusal {
  /** When the same spend can be granted, if nothing else is spent meanwhile. */
  retryAt: Date;
  /** True when nothing more of this priority fits before the reset (retryAt is the reset). */
  exhausted: boolean;
}

export type QuotaSpend = { granted: true; used: number } | ({ granted: false } & QuotaRefusal);

export interface DailyUnitQuotaStatus {
  unitsPerDay: number;
  reserveUnits: number;
  /** Units spent today by every process together. */
  used: number;
  remaining: number;
  resetsAt: Date;
}

/** A quota day: from the reset at `start` to the reset at `end`, in ms. */
export interface QuotaDay {
  start: number;
  end: number;
}

/**
 * The quota day `now` falls in. The day's start is read as the first reset
 * after 26 hours before its end, which is right for any daily reset: a day
 * lasts less than 26 hours and two together more.
 */
export function quotaDayAt(now: number, nextReset: (now: Date) => Date): QuotaDay {
  const end = nextReset(new Date(now)).getTime();
  const start = nextReset(new Date(end - 26 * HOUR_MS)).getTime();
  if (!(start <= now && now < end) || nextReset(new Date(start)).getTime() !== end) {
    throw new Error(
      `nextReset does not reset daily: ${new Date(now).toISOString()} fell in no quota day`,
    );
  }
  return { start, end };
}

/**
 * The pacing line: how many units of the day scheduled work may have spent
 * by `now` (counting what requested work spent too). It rises evenly from one
 * hour's share at the reset to `budget` an hour before the next reset, and
 * is whole units.
 */
export function scheduledCap(day: QuotaDay, budget: number, now: number): number {
  const elapsed = Math.min(Math.max(0, now - day.start), day.end - day.start);
  // Integer products stay exact below 2^53 ms·units (a budget of 10^7 units).
  return Math.min(
    budget,
    Math.floor((budget * (elapsed + SCHEDULED_LEAD_MS)) / (day.end - day.start)),
  );
}

/** The first ms at which the pacing line covers `units`, or undefined when it never does this day. */
export function scheduledCapReaches(
  day: QuotaDay,
  budget: number,
  units: number,
): number | undefined {
  if (units > budget) return undefined;
  const elapsed = Math.ceil((units * (day.end - day.start)) / budget) - SCHEDULED_LEAD_MS;
  return day.start + Math.max(0, elapsed);
}

/**
 * A spend was refused: there are no units for this call until `retryAt`.
 * With `exhausted`, not before the reset; without, scheduled work is ahead
 * of its pace and may go on at `retryAt`.
 */
export class QuotaExhaustedError extends Error {
  readonly retryAt: Date;
  readonly exhausted: boolean;
  /** Whole seconds until retryAt, at least 1 (for a Retry-After header or a job's delay). */
  readonly retryAfterSeconds: number;

  constructor(
    readonly namespace: string,
    readonly priority: QuotaPriority,
    refusal: QuotaRefusal,
    now: Date = new Date(),
  ) {
    const when = refusal.retryAt.toISOString();
    super(
      refusal.exhausted
        ? `the ${namespace} daily quota has no ${priority} units left until it resets at ${when}`
        : `${priority} work has spent its share of the ${namespace} daily quota so far: more at ${when}`,
    );
    this.name = 'QuotaExhaustedError';
    this.retryAt = refusal.retryAt;
    this.exhausted = refusal.exhausted;
    this.retryAfterSeconds = Math.max(
      1,
      Math.ceil((refusal.retryAt.getTime() - now.getTime()) / 1000),
    );
  }
}

/**
 * A platform's daily quota of units (YouTube's Data API), shared through
 * Redis by every process that calls the platform. Units are spent before a
 * call is made, as the platform charges refused calls too. Requested work may
 * spend the whole day; scheduled work follows the pacing line (see
 * scheduledCap), so it is spread over the day and never spends the reserve.
 */
export class DailyUnitQuota {
  private readonly clock: { now(): number };
  private readonly scheduledBudget: number;
  private day: QuotaDay = { start: 0, end: 0 };

  constructor(
    private readonly redis: Redis,
    private readonly options: DailyUnitQuotaOptions,
  ) {
    const { unitsPerDay, reserveUnits } = options;
    if (!Number.isInteger(unitsPerDay) || unitsPerDay < 1) {
      throw new RangeError(`unitsPerDay must be a whole number above 0, not ${unitsPerDay}`);
    }
    if (!Number.isInteger(reserveUnits) || reserveUnits < 0 || reserveUnits > unitsPerDay) {
      throw new RangeError(
        `reserveUnits must be a whole number from 0 to unitsPerDay, not ${reserveUnits}`,
      );
    }
    this.scheduledBudget = unitsPerDay - reserveUnits;
    this.clock = options.clock ?? { now: () => Date.now() };
  }

  /**
   * Spends `units` now if the cap of `priority` allows it; otherwise says when
   * to try again. RangeError for a spend of less than 1 unit or more than a day's.
   */
  async spend(units: number, priority: QuotaPriority): Promise<QuotaSpend> {
    if (!Number.isInteger(units) || units < 1 || units > this.options.unitsPerDay) {
      throw new RangeError(`a spend must be 1 to ${this.options.unitsPerDay} units, not ${units}`);
    }
    const now = this.clock.now();
    const day = this.dayAt(now);
    const cap =
      priority === 'requested'
        ? this.options.unitsPerDay
        : scheduledCap(day, this.scheduledBudget, now);
    const answer = await this.redis.eval(
      SPEND_SCRIPT,
      1,
      this.key(day),
      units,
      cap,
      this.ttlMs(day, now),
    );
    const [granted, used] = (answer as [number, number]).map(Number);
    if (granted === 1) {
      this.options.onSpend?.(units, priority);
      return { granted: true, used };
    }
    this.options.onRefused?.(priority);
    const retryAt =
      priority === 'requested'
        ? undefined
        : scheduledCapReaches(day, this.scheduledBudget, used + units);
    return {
      granted: false,
      retryAt: new Date(retryAt ?? day.end),
      exhausted: retryAt === undefined,
    };
  }

  /** Like spend, but throws QuotaExhaustedError when refused; resolves to the day's spend. */
  async spendOrThrow(units: number, priority: QuotaPriority): Promise<number> {
    const spent = await this.spend(units, priority);
    if (spent.granted) return spent.used;
    throw new QuotaExhaustedError(
      this.options.namespace,
      priority,
      spent,
      new Date(this.clock.now()),
    );
  }

  /** The platform said the quota is spent (YouTube's quotaExceeded): nothing more until the reset. */
  async markExhausted(): Promise<void> {
    const now = this.clock.now();
    const day = this.dayAt(now);
    await this.redis.eval(
      EXHAUST_SCRIPT,
      1,
      this.key(day),
      this.options.unitsPerDay,
      this.ttlMs(day, now),
    );
  }

  /** Today's spend by every process together. */
  async status(): Promise<DailyUnitQuotaStatus> {
    const day = this.dayAt(this.clock.now());
    const used = Number((await this.redis.get(this.key(day))) ?? 0);
    const { unitsPerDay, reserveUnits } = this.options;
    return {
      unitsPerDay,
      reserveUnits,
      used,
      remaining: Math.max(0, unitsPerDay - used),
      resetsAt: new Date(day.end),
    };
  }

  /** The day `now` falls in; nextReset is asked again only once that day is over. */
  private dayAt(now: number): QuotaDay {
    if (now < this.day.start || now >= this.day.end) {
      this.day = quotaDayAt(now, (instant) => this.options.nextReset(instant));
    }
    return this.day;
  }

  private key(day: QuotaDay): string {
    return `quota:${this.options.namespace}:${new Date(day.start).toISOString()}`;
  }

  /** Relative to the clock the day is reckoned on, so an injected clock's days expire too. */
  private ttlMs(day: QuotaDay, now: number): number {
    return day.end - now + KEY_GRACE_MS;
  }
}
