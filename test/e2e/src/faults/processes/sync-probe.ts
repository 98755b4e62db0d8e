import { Queues } from '@tally/contracts';
import {
  creatorsDatabaseOptions,
  DueCreatorsRepository,
  QueueFactory,
  type QueueHandle,
} from '@tally/creators-data';
import { openDatabase } from '@tally/nest-kit';
import type { Job } from 'bullmq';

type Database = Awaited<ReturnType<typeof openDatabase>>;

export interface VideoRows {
  rows: number;
  distinct: number;
}

/**
 * What the API does not show of the syncs: the rows in the creators schema
 * and the jobs in the sync queue (this test file's Redis key prefix).
 */
export class SyncProbe {
  private constructor(
    private readonly db: Database,
    private readonly queues: QueueFactory,
    private readonly sync: QueueHandle,
  ) {}

  static async open(env: Record<string, string | undefined> = process.env): Promise<SyncProbe> {
    const url = env.DATABASE_URL ?? '';
    const db = await openDatabase(url, creatorsDatabaseOptions(url, 2, 'tally-faults-probe'));
    const queues = new QueueFactory({
      url: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      keyPrefix: env.REDIS_KEY_PREFIX ?? '',
    });
    return new SyncProbe(db, queues, queues.queue(Queues.creatorSync));
  }

  /** Video rows per creator, counted twice: all of them, and their distinct platform ids. */
  async videoRows(creatorIds: string[]): Promise<Map<string, VideoRows>> {
    const rows: { creatorId: string; rows: number; distinct: number }[] = await this.db.query(
      `SELECT creator_id AS "creatorId", count(*)::int AS rows, count(DISTINCT external_id)::int AS distinct
       FROM creators.videos WHERE creator_id = ANY($1) GROUP BY creator_id`,
      [creatorIds],
    );
    return new Map(rows.map(({ creatorId, ...counts }) => [creatorId, counts]));
  }

  async storedVideos(creatorIds: string[]): Promise<number> {
    let total = 0;
    for (const counts of (await this.videoRows(creatorIds)).values()) total += counts.rows;
    return total;
  }

  /** The recorded state of each creator's last sync, straight from `creators.sync_state`. */
  async syncStates(creatorIds: string[]): Promise<Map<string, { jobId: string; status: string }>> {
    const rows: { creatorId: string; jobId: string; status: string }[] = await this.db.query(
      `SELECT creator_id AS "creatorId", job_id AS "jobId", status FROM creators.sync_state
       WHERE creator_id = ANY($1)`,
      [creatorIds],
    );
    return new Map(rows.map(({ creatorId, ...state }) => [creatorId, state]));
  }

  /** Which of the creators the sync scheduler would queue on its next run. */
  async dueForScheduler(creatorIds: string[]): Promise<string[]> {
    const due = await new DueCreatorsRepository(this.db).due(new Date(), 100_000);
    return due.map((creator) => creator.creatorId).filter((id) => creatorIds.includes(id));
  }

  async job(jobId: string): Promise<Job | undefined> {
    return this.sync.queue.getJob(jobId);
  }

  async jobCounts(): Promise<Record<string, number>> {
    return this.sync.queue.getJobCounts(
      'active',
      'waiting',
      'prioritized',
      'delayed',
      'failed',
      'completed',
    );
  }

  /** No worker takes a sync until `resume`: the test lines up the syncs first. */
  async pauseSyncs(): Promise<void> {
    await this.sync.queue.pause();
  }

  async resumeSyncs(): Promise<void> {
    await this.sync.queue.resume();
  }

  /** Closes the connections and drops the test's queues (they would stay in Redis for days). */
  async close(): Promise<void> {
    for (const name of Object.values(Queues)) {
      const { queue, close } = this.queues.queue(name);
      await queue.obliterate({ force: true }).catch(() => undefined);
      await close();
    }
    await this.sync.close();
    await this.db.destroy();
  }
}
