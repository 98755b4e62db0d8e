/** One hourly hash's increments, and when Redis should drop the hash (epoch seconds). */
export interface PendingBucket {
  readonly expiresAt: number;
  readonly fields: Map<string, number>;
}

/** Increments by Redis key, as one flush writes them. */
export type UsageBatch = Map<string, PendingBucket>;

/**
 * The counts recorded since the last flush, in this process's memory. At most
 * `maxCounters` fields are held (so that an outage of Redis cannot eat the
 * memory): beyond that, requests that would need a new field are not counted,
 * and `takeDropped()` says how many.
 */
export class PendingUsage {
  private buckets: UsageBatch = new Map();
  private counters = 0;
  private dropped = 0;

  constructor(private readonly maxCounters: number) {}

  /** Fields held, over every bucket. */
  get size(): number {
    return this.counters;
  }

  add(key: string, expiresAt: number, field: string, count = 1): void {
    const bucket = this.buckets.get(key);
    const known = bucket?.fields.get(field);
    if (bucket && known !== undefined) {
      bucket.fields.set(field, known + count);
    } else if (this.counters >= this.maxCounters) {
      this.dropped += count;
    } else {
      if (bucket) bucket.fields.set(field, count);
      else this.buckets.set(key, { expiresAt, fields: new Map([[field, count]]) });
      this.counters++;
    }
  }

  /** Everything held, for a flush; what is recorded afterwards goes to the next one. */
  take(): UsageBatch {
    const batch = this.buckets;
    this.buckets = new Map();
    this.counters = 0;
    return batch;
  }

  /** A batch that could not be written, back for the next flush, but buckets Redis would already have dropped. */
  putBack(batch: UsageBatch, nowSeconds: number): void {
    for (const [key, bucket] of batch) {
      if (bucket.expiresAt <= nowSeconds) continue;
      for (const [field, count] of bucket.fields) this.add(key, bucket.expiresAt, field, count);
    }
  }

  /** Requests left uncounted since the last call because the fields were full. */
  takeDropped(): number {
    const dropped = this.dropped;
    this.dropped = 0;
    return dropped;
  }
}
