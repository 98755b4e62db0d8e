import { type CreatorSyncJob, type Platform, type SyncTrigger, SyncJobs } from '@tally/contracts';
import type { PlatformTokens } from '@tally/platform-kit';
import { waitFor } from '@tally/testing';
import type { Job, JobsOptions, JobState } from 'bullmq';
import { CreatorsDatabase } from './creators-database.js';
import { PlatformCreators } from './platform-creators.js';
import { TestSandbox } from './platform-sandbox.js';
import { SharedYouTubeQuota } from './shared-youtube-quota.js';
import { TestWorker } from './test-worker.js';

export interface StoredCreator {
  id: string;
  accountId: string;
  /** The grant as the connect flow stored it (before any adjustment by the test). */
  tokens: PlatformTokens;
}

export interface PlatformWorldOptions {
  /** Names this world's Redis keys (queues, limits, the YouTube quota) apart from the others'. */
  name: string;
  /** Sync workers sharing the queue and the platforms' limits. */
  workers?: number;
  env?: Record<string, string>;
}

type SettledState = Extract<JobState, 'completed' | 'failed' | 'delayed'>;

/**
 * A sandbox playing every platform, sync workers pointed at it, and the
 * creators database. Each world has Redis keys of its own: a world that
 * spends YouTube's daily quota leaves the others theirs.
 */
export class PlatformWorld {
  private constructor(
    readonly sandbox: TestSandbox,
    readonly workers: TestWorker[],
    readonly db: CreatorsDatabase,
    readonly creators: PlatformCreators,
    readonly quota: SharedYouTubeQuota,
  ) {}

  static async start(options: PlatformWorldOptions): Promise<PlatformWorld> {
    const sandbox = await TestSandbox.start();
    const env = {
      ...sandbox.env,
      REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX ?? ''}${options.name}:`,
      ...options.env,
    };
    const workers: TestWorker[] = [];
    for (let index = 0; index < (options.workers ?? 1); index += 1) {
      workers.push(await TestWorker.start(env));
    }
    const db = await CreatorsDatabase.open(workers[0].config.tokenKeyring);
    const quota = SharedYouTubeQuota.open(workers[0].config);
    return new PlatformWorld(sandbox, workers, db, new PlatformCreators(db), quota);
  }

  get worker(): TestWorker {
    return this.workers[0];
  }

  /** An Instagram account the connect flow just stored; `adjust` changes the grant stored. */
  async connectInstagram(
    username: string,
    adjust: (tokens: PlatformTokens) => PlatformTokens = (tokens) => tokens,
  ): Promise<StoredCreator> {
    return this.store('INSTAGRAM', await this.sandbox.connectInstagram(username), adjust);
  }

  /** A YouTube channel the connect flow just stored; `adjust` changes the grant stored. */
  async connectYouTube(
    handle: string,
    adjust: (tokens: PlatformTokens) => PlatformTokens = (tokens) => tokens,
  ): Promise<StoredCreator> {
    return this.store('YOUTUBE', await this.sandbox.connectYouTube(handle), adjust);
  }

  /** Queues a sync of the creator and waits until it completed, failed for good or was put off. */
  async sync(
    creator: StoredCreator,
    trigger: SyncTrigger = 'connect',
    options: JobsOptions = {},
  ): Promise<Job> {
    const job = await this.queue(creator, trigger, options);
    return this.settled(job.id as string);
  }

  /** Queues a sync of the creator without waiting for it. */
  queue(creator: StoredCreator, trigger: SyncTrigger, options: JobsOptions = {}): Promise<Job> {
    const data: CreatorSyncJob = { creatorId: creator.id, accountId: creator.accountId, trigger };
    return this.worker.queue.add(SyncJobs.sync, data, options);
  }

  /** The job once it completed, failed for good or waits as a delayed job. */
  async settled(id: string, states: readonly SettledState[] = SETTLED): Promise<Job> {
    const queue = this.worker.queue;
    await waitFor(
      () => queue.getJobState(id),
      (state) => (states as readonly string[]).includes(state),
      { timeoutMs: 20000, intervalMs: 20 },
    );
    const job = await queue.getJob(id);
    if (!job) throw new Error(`job ${id} vanished`);
    return job;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    await this.quota.close();
    await this.db.close();
    await this.sandbox.close();
  }

  private async store(
    platform: Platform,
    tokens: PlatformTokens,
    adjust: (tokens: PlatformTokens) => PlatformTokens,
  ): Promise<StoredCreator> {
    const creator = await this.creators.add(platform, adjust(tokens));
    return { ...creator, tokens };
  }
}

const SETTLED: readonly SettledState[] = ['completed', 'failed', 'delayed'];
