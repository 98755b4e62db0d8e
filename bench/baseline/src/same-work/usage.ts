// Usage counting as the gateway does it: each answered request adds one to
// an in-memory counter (account, hour, key, environment, outcome), off the
// request path; every flush writes the counters to Redis in one transaction
// (one hash per account and hour, HINCRBY per counter, EXPIREAT per hash).
import type { Principal } from '@tally/contracts';
import type { Redis } from 'ioredis';

const HOUR_SECONDS = 3600;
// The 7-day report reads 168 hours; one more of margin.
const BUCKET_TTL_SECONDS = 169 * HOUR_SECONDS;

type Outcome = 'succeeded' | 'failed' | 'refused';

/** One key's counters of one hour: built once, so that counting a request builds no strings. */
interface Slot {
  hour: number;
  key: string;
  expiresAt: number;
  fields: Record<Outcome, string>;
}

interface Bucket {
  expiresAt: number;
  fields: Map<string, number>;
}

function slotOf(principal: Principal, hour: number): Slot {
  const { accountId, credentialType, credentialId, environment } = principal;
  const field = (outcome: Outcome) => `${credentialType}|${credentialId}|${environment}|${outcome}`;
  return {
    hour,
    key: `usage:${accountId}:${hour}`,
    expiresAt: hour + BUCKET_TTL_SECONDS,
    fields: { succeeded: field('succeeded'), failed: field('failed'), refused: field('refused') },
  };
}

export class UsageCounter {
  // The key cache hands out the same principal object for a key: its slot is found by it.
  private readonly slots = new WeakMap<Principal, Slot>();
  private pending = new Map<string, Bucket>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly redis: Redis,
    flushMs: number,
  ) {
    this.timer = setInterval(() => void this.flush(), flushMs);
    this.timer.unref();
  }

  /** `refused`: the edge's own rate limiter refused the request (its 429). */
  record(principal: Principal, status: number, refused: boolean): void {
    const hour = Math.floor(Date.now() / (HOUR_SECONDS * 1000)) * HOUR_SECONDS;
    let slot = this.slots.get(principal);
    if (slot?.hour !== hour) {
      slot = slotOf(principal, hour);
      this.slots.set(principal, slot);
    }
    const outcome: Outcome = status < 400 ? 'succeeded' : refused ? 'refused' : 'failed';
    const field = slot.fields[outcome];
    const bucket = this.pending.get(slot.key);
    if (!bucket) {
      this.pending.set(slot.key, { expiresAt: slot.expiresAt, fields: new Map([[field, 1]]) });
      return;
    }
    bucket.fields.set(field, (bucket.fields.get(field) ?? 0) + 1);
  }

  /** Writes what was counted so far; one flush at a time, a failed one is dropped (a benchmark). */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.pending.size === 0) return;
      const batch = this.pending;
      this.pending = new Map();
      const transaction = this.redis.multi();
      for (const [key, bucket] of batch) {
        for (const [field, count] of bucket.fields) transaction.hincrby(key, field, count);
        transaction.expireat(key, bucket.expiresAt);
      }
      await transaction.exec().catch((error: unknown) => {
        process.stderr.write(`same-work edge: usage flush failed: ${String(error)}\n`);
      });
    });
    return this.flushing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
