import type { SyncState, SyncStatusView, SyncTrigger } from '@tally/contracts';
import type { DataSource, EntityManager } from 'typeorm';

interface SyncRow {
  jobId: string;
  status: SyncState;
  trigger: SyncTrigger;
  queuedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  videos: number | null;
  error: string | null;
  lastSyncedAt: Date | null;
}

/**
 * The last sync of each creator. The producer records `queued`; the worker
 * records the rest. Writes name the job, so that a late `queued` never
 * overwrites the progress of the job it announces.
 */
export class SyncStateRepository {
  constructor(private readonly db: DataSource) {}

  async markQueued(creatorId: string, jobId: string, trigger: SyncTrigger): Promise<void> {
    await this.db.query(
      `INSERT INTO creators.sync_state (creator_id, job_id, status, trigger, queued_at)
       SELECT $1, $2, 'queued', $3, now() WHERE EXISTS (SELECT 1 FROM creators.creators WHERE id = $1)
       ON CONFLICT (creator_id) DO UPDATE SET job_id = EXCLUDED.job_id, status = 'queued',
         trigger = EXCLUDED.trigger, queued_at = now(), started_at = NULL, finished_at = NULL,
         videos = NULL, error = NULL
       WHERE creators.sync_state.job_id <> EXCLUDED.job_id`,
      [creatorId, jobId, trigger],
    );
  }

  async markRunning(creatorId: string, jobId: string, trigger: SyncTrigger): Promise<void> {
    await this.db.query(
      `INSERT INTO creators.sync_state (creator_id, job_id, status, trigger, started_at)
       SELECT $1, $2, 'running', $3, now() WHERE EXISTS (SELECT 1 FROM creators.creators WHERE id = $1)
       ON CONFLICT (creator_id) DO UPDATE SET job_id = EXCLUDED.job_id, status = 'running',
         trigger = EXCLUDED.trigger, started_at = now(), finished_at = NULL, error = NULL`,
      [creatorId, jobId, trigger],
    );
  }

  async markSucceeded(creatorId: string, jobId: string, videos: number): Promise<void> {
    await this.db.query(
      `UPDATE creators.sync_state SET status = 'succeeded', finished_at = now(), videos = $3, error = NULL
       WHERE creator_id = $1 AND job_id = $2`,
      [creatorId, jobId, videos],
    );
  }

  /** `final` false: the job will be retried, so it stays `queued` with the reason. */
  async markFailed(
    creatorId: string,
    jobId: string,
    error: string,
    final: boolean,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await manager.query(
      `UPDATE creators.sync_state SET status = $3::varchar,
         finished_at = CASE WHEN $3::varchar = 'failed' THEN now() END, error = $4
       WHERE creator_id = $1 AND job_id = $2`,
      [creatorId, jobId, final ? 'failed' : 'queued', error.slice(0, 500)],
    );
  }

  async find(creatorId: string): Promise<SyncStatusView> {
    const rows: SyncRow[] = await this.db.query(
      `SELECT s.job_id AS "jobId", s.status, s.trigger, s.queued_at AS "queuedAt", s.started_at AS "startedAt",
              s.finished_at AS "finishedAt", s.videos, s.error, c.last_synced_at AS "lastSyncedAt"
       FROM creators.creators c LEFT JOIN creators.sync_state s ON s.creator_id = c.id
       WHERE c.id = $1`,
      [creatorId],
    );
    const row = rows[0];
    return {
      creatorId,
      jobId: row?.jobId ?? null,
      status: row?.status ?? null,
      trigger: row?.trigger ?? null,
      queuedAt: row?.queuedAt?.toISOString() ?? null,
      startedAt: row?.startedAt?.toISOString() ?? null,
      finishedAt: row?.finishedAt?.toISOString() ?? null,
      videos: row?.videos ?? null,
      error: row?.error ?? null,
      lastSyncedAt: row?.lastSyncedAt?.toISOString() ?? null,
    };
  }
}
