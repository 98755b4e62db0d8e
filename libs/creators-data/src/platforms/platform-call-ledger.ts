import type { Platform } from '@tally/contracts';
import type { Redis } from 'ioredis';
import type { QuotaPriority } from '../upstream/daily-unit-quota.js';

/** A day's tally outlives the day by a week, so that last week can still be read. */
const KEY_TTL_SECONDS = 8 * 24 * 3600;

/** `timeout` and `network_error`: no answer came (see the sync worker's countingFetch). */
const NO_ANSWER_OUTCOMES: readonly string[] = ['timeout', 'network_error'];

const STATUS_FIELD = 'status:';
const WAITS_FIELD = 'waits';
const WAITED_MS_FIELD = 'waited_ms';
const REFUSED_FIELD = 'quota_refused:';

/** One platform's calls on one UTC day, by every process together. */
export interface PlatformCallTally {
  platform: Platform;
  /** The UTC day, `YYYY-MM-DD`. */
  day: string;
  calls: number;
  /** Calls by HTTP status (`200`, `429`), `timeout`, `network_error` or `other`. */
  outcomes: Record<string, number>;
  /** Calls answered 429 Too Many Requests. */
  rateLimited: number;
  /** Calls that waited for a slot of the platform's shared limit, and how long in all. */
  limiterWaits: { count: number; totalMs: number };
  /** Calls not sent because the daily quota had no units for their priority. */
  quotaRefusals: Record<QuotaPriority, number>;
}

export interface PlatformCallLedgerOptions {
  /** Told when an event could not be recorded (Redis away); the caller never is. */
  onError?: (error: unknown, platform: Platform) => void;
  /** Tests only: the time, in ms, that picks the day. */
  clock?: { now(): number };
}

/** The UTC day `YYYY-MM-DD` of an instant in ms. */
export function utcDayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Every process's calls to the platforms, tallied per platform and UTC day in
 * one Redis hash (`platform-calls:<platform>:<day>` under the connection's
 * key prefix), so that an operator sees them all at once. Each event is one
 * pipeline of HINCRBYs; recording never fails the call it is about.
 */
export class PlatformCallLedger {
  private readonly clock: { now(): number };

  constructor(
    private readonly redis: Redis,
    private readonly options: PlatformCallLedgerOptions = {},
  ) {
    this.clock = options.clock ?? { now: () => Date.now() };
  }

  /** A call ended with `outcome`: its HTTP status, `timeout` or `network_error`. */
  recordCall(platform: Platform, outcome: string): Promise<void> {
    return this.add(platform, { [STATUS_FIELD + knownOutcome(outcome)]: 1 });
  }

  /** A call waited `waitedMs` for a slot of the platform's shared limit. */
  recordLimiterWait(platform: Platform, waitedMs: number): Promise<void> {
    const ms = Number.isFinite(waitedMs) ? Math.max(0, Math.round(waitedMs)) : 0;
    return this.add(platform, { [WAITS_FIELD]: 1, [WAITED_MS_FIELD]: ms });
  }

  /** The daily quota refused a call of `priority`. */
  recordQuotaRefusal(platform: Platform, priority: QuotaPriority): Promise<void> {
    return this.add(platform, { [REFUSED_FIELD + priority]: 1 });
  }

  /** The platform's tally of `day` (`YYYY-MM-DD`, UTC; today by default). */
  async read(
    platform: Platform,
    day: string = utcDayOf(this.clock.now()),
  ): Promise<PlatformCallTally> {
    const fields = await this.redis.hgetall(keyOf(platform, day));
    const tally: PlatformCallTally = {
      platform,
      day,
      calls: 0,
      outcomes: {},
      rateLimited: 0,
      limiterWaits: {
        count: Number(fields[WAITS_FIELD] ?? 0),
        totalMs: Number(fields[WAITED_MS_FIELD] ?? 0),
      },
      quotaRefusals: {
        requested: Number(fields[`${REFUSED_FIELD}requested`] ?? 0),
        scheduled: Number(fields[`${REFUSED_FIELD}scheduled`] ?? 0),
      },
    };
    for (const [field, value] of Object.entries(fields)) {
      if (!field.startsWith(STATUS_FIELD)) continue;
      const count = Number(value);
      tally.outcomes[field.slice(STATUS_FIELD.length)] = count;
      tally.calls += count;
    }
    tally.rateLimited = tally.outcomes['429'] ?? 0;
    return tally;
  }

  private async add(platform: Platform, increments: Record<string, number>): Promise<void> {
    try {
      const key = keyOf(platform, utcDayOf(this.clock.now()));
      const pipeline = this.redis.pipeline();
      for (const [field, by] of Object.entries(increments)) pipeline.hincrby(key, field, by);
      pipeline.expire(key, KEY_TTL_SECONDS);
      const results = (await pipeline.exec()) ?? [];
      const failed = results.find(([error]) => error !== null);
      if (failed) throw failed[0];
    } catch (error) {
      try {
        this.options.onError?.(error, platform);
      } catch {
        // A logger that throws must not fail the call either.
      }
    }
  }
}

function keyOf(platform: Platform, day: string): string {
  return `platform-calls:${platform}:${day}`;
}

/** The outcome as a field: a status or a known word; anything else is `other`, so the hash stays small. */
function knownOutcome(outcome: string): string {
  return /^[1-5]\d\d$/.test(outcome) || NO_ANSWER_OUTCOMES.includes(outcome) ? outcome : 'other';
}
