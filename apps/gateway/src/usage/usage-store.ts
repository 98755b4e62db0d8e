import { ENVIRONMENTS, type Environment } from '@tally/contracts';
import type { Rate } from '../rate-limit/rate.js';
import { AccountOverrides, RateLimitOverrides } from '../rate-limit/rate-limit-overrides.js';
import type { RateLimitRedis } from '../rate-limit/rate-limit-redis.js';
import { poolCounterKey } from '../rate-limit/rate-limit.keys.js';
import type { UsageBatch } from './pending-usage.js';
import type { HourlyCounts } from './usage-report.js';
import { usageKey } from './usage.keys.js';

/** A pool counter as the rate limiter left it: requests used and its PTTL in milliseconds. */
export interface PoolCounter {
  used: number;
  pttlMs: number;
}

type PipelineResults = [error: Error | null, result: unknown][] | null;

function resultsOf(results: PipelineResults): unknown[] {
  if (!results) throw new Error('Redis discarded the transaction');
  return results.map(([error, result]) => {
    if (error) throw error;
    return result;
  });
}

/** Usage in Redis: hourly hashes per account, and the rate limiter's pools read without counting. */
export class UsageStore {
  private readonly overrides: RateLimitOverrides;

  constructor(private readonly redis: RateLimitRedis) {
    // Connection errors surface as failed calls; the listener only keeps ioredis from printing each retry.
    this.redis.on('error', () => undefined);
    this.overrides = new RateLimitOverrides(redis);
  }

  /**
   * One transaction: every increment of the batch, and each hash's expiry.
   * Throws when the transaction did not run (no connection, a timeout), so
   * that the batch is tried again; once it ran, its commands are applied
   * whatever their replies, and retrying would count twice: the errors of
   * single commands are returned instead.
   */
  async write(batch: UsageBatch): Promise<Error[]> {
    const transaction = this.redis.multi();
    for (const [key, bucket] of batch) {
      for (const [field, count] of bucket.fields) transaction.hincrby(key, field, count);
      transaction.expireat(key, bucket.expiresAt);
    }
    const results = await transaction.exec();
    if (!results) throw new Error('Redis discarded the transaction');
    return results.flatMap(([error]) => (error ? [error] : []));
  }

  /** The account's hourly hashes, in the order of `hours` (empty for an hour without requests). */
  async hours(accountId: string, hours: readonly number[]): Promise<HourlyCounts[]> {
    const pipeline = this.redis.pipeline();
    for (const hour of hours) pipeline.hgetall(usageKey(accountId, hour));
    return resultsOf(await pipeline.exec()) as HourlyCounts[];
  }

  async poolCounters(accountId: string): Promise<Record<Environment, PoolCounter>> {
    const pipeline = this.redis.pipeline();
    for (const environment of ENVIRONMENTS) {
      const key = poolCounterKey(accountId, environment);
      pipeline.get(key).pttl(key);
    }
    const results = resultsOf(await pipeline.exec());
    const counters = {} as Record<Environment, PoolCounter>;
    ENVIRONMENTS.forEach((environment, index) => {
      counters[environment] = {
        used: Number(results[2 * index] ?? 0),
        pttlMs: Number(results[2 * index + 1]),
      };
    });
    return counters;
  }

  /** The operators' overrides for the account, as the consume script reads them. */
  accountOverrides(accountId: string): Promise<{ ip?: Rate; account: AccountOverrides }> {
    return this.overrides.forAccount(accountId);
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
