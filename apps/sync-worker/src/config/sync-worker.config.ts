import {
  type PlatformConfigs,
  platformsEnvSchema,
  resolvePlatformConfigs,
  tokenEncryptionEnvSchema,
  tokenKeyringFrom,
  type TokenKeyring,
} from '@tally/creators-data';
import { baseEnvSchema, booleanVar, durationVar, env, loadConfig } from '@tally/nest-kit';
import type { TikTokConfig } from '@tally/tiktok';
import { z } from 'zod';

export const syncWorkerEnvSchema = baseEnvSchema.extend({
  DATABASE_URL: env.postgresUrl(),
  DATABASE_POOL_SIZE: env.positiveInt(10),
  REDIS_URL: env.redisUrl().default('redis://127.0.0.1:6379'),
  REDIS_KEY_PREFIX: env.keyPrefix(),
  SYNC_CONCURRENCY: env.positiveInt(10),
  /** Revocation jobs one worker runs at the same time (a queue of their own, beside the syncs). */
  REVOCATION_CONCURRENCY: env.positiveInt(5),
  SYNC_WORKER_HEALTH_PORT: env.port(3003),
  /** Attempts of a scheduled sync (the creators service reads the same variable for its own). */
  SYNC_ATTEMPTS: env.positiveInt(5),
  /**
   * A running job's lock lives this long and is renewed every half of it; a
   * killed worker's jobs go back to the queue at most this plus
   * SYNC_STALLED_INTERVAL_MS later.
   */
  SYNC_LOCK_DURATION_MS: env.positiveInt(30000),
  /** How often each worker looks for jobs whose lock expired (their worker died). */
  SYNC_STALLED_INTERVAL_MS: env.positiveInt(30000),
  /**
   * Run the scheduler that queues syncs of stale creators (the same value on
   * every worker). Default true, except with NODE_ENV=test: test files share
   * one database, and a scheduler started by one would sync every other's creators.
   */
  SYNC_SCHEDULER_ENABLED: booleanVar().optional(),
  /** How often the scheduler runs: once per period across all workers. */
  SYNC_SCHEDULE_EVERY_MS: env.positiveInt(60000),
  /** Most syncs one scheduler run queues, oldest data first. */
  SYNC_SCHEDULE_BATCH: env.positiveInt(500),
  /** Creators whose data is older than this are synced again (`6h`, `30m`, or seconds); in ms once loaded. */
  SYNC_MAX_AGE: durationVar('6h'),
  /**
   * How long a sync waits in the worker for a slot of a per-creator limit
   * (Instagram's hourly budget); past it, the job is put off until the slot
   * comes, without spending an attempt, and the worker takes another.
   */
  SYNC_SLOT_WAIT_MS: env.positiveInt(5000),
  // The same platform apps and token key as the creators service: the worker opens what it sealed.
  ...platformsEnvSchema.shape,
  ...tokenEncryptionEnvSchema.shape,
});

export type SyncWorkerEnv = z.infer<typeof syncWorkerEnvSchema>;

/** The variables, plus what is derived from them once at start. */
export interface SyncWorkerConfig extends SyncWorkerEnv {
  SYNC_SCHEDULER_ENABLED: boolean;
  tiktok: TikTokConfig;
  platforms: PlatformConfigs;
  tokenKeyring: TokenKeyring;
}

/** Stops with a message naming the variable when one is missing or malformed. */
export function loadSyncWorkerConfig(
  source: Record<string, string | undefined> = process.env,
): SyncWorkerConfig {
  const vars = loadConfig(syncWorkerEnvSchema, source);
  const platforms = resolvePlatformConfigs(vars);
  return {
    ...vars,
    SYNC_SCHEDULER_ENABLED: vars.SYNC_SCHEDULER_ENABLED ?? vars.NODE_ENV !== 'test',
    tiktok: platforms.tiktok,
    platforms,
    tokenKeyring: tokenKeyringFrom(vars, vars.NODE_ENV),
  };
}
