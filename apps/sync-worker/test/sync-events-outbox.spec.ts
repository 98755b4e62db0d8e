import { type CreatorSyncResult, SyncJobs } from '@tally/contracts';
import { randomBytes } from 'node:crypto';
import { CreatorsDatabase } from './support/creators-database.js';
import { TestSandbox } from './support/platform-sandbox.js';
import { TestWorker } from './support/test-worker.js';

interface OutboxRow {
  type: string;
  accountId: string;
  data: Record<string, unknown>;
}

interface Creator {
  id: string;
  accountId: string;
}

/**
 * `creator.synced`, `creator.reauth_required` and `creator.sync_failed` in
 * the creators schema's outbox, each with the change it reports.
 */
describe('sync events in the creators outbox', () => {
  let sandbox: TestSandbox;
  let worker: TestWorker;
  let db: CreatorsDatabase;
  // The accounts whose events the outbox refuses: their changes must roll back.
  const refusals = `creators.test_refused_${randomBytes(4).toString('hex')}`;
  const trigger = `test_refuse_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    sandbox = await TestSandbox.start();
    worker = await TestWorker.start(sandbox.env);
    db = await CreatorsDatabase.open(worker.config.tokenKeyring);
    await db.dataSource.query(`CREATE TABLE ${refusals} (account_id uuid PRIMARY KEY)`);
    await db.dataSource.query(`
      CREATE FUNCTION creators.${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM ${refusals} WHERE account_id = NEW.account_id) THEN
          RAISE EXCEPTION 'outbox refused';
        END IF;
        RETURN NEW;
      END $$`);
    await db.dataSource.query(`
      CREATE TRIGGER ${trigger} BEFORE INSERT ON creators.outbox_events
        FOR EACH ROW EXECUTE FUNCTION creators.${trigger}()`);
  });

  afterEach(() => sandbox.clearFaults());

  afterAll(async () => {
    await db?.dataSource.query(`DROP TRIGGER IF EXISTS ${trigger} ON creators.outbox_events`);
    await db?.dataSource.query(`DROP FUNCTION IF EXISTS creators.${trigger}()`);
    await db?.dataSource.query(`DROP TABLE IF EXISTS ${refusals}`);
    await worker?.close();
    await db?.close();
    await sandbox?.close();
  });

  async function connected(username: string) {
    const tokens = await sandbox.connect(username);
    return { ...(await db.addCreator(username, tokens)), tokens };
  }

  function sync(creator: Creator, attempts = 1) {
    return worker.run(
      SyncJobs.sync,
      { creatorId: creator.id, accountId: creator.accountId, trigger: 'manual' },
      { attempts, backoff: { type: 'fixed', delay: 10 } },
    );
  }

  /** The events the sync worker recorded (the connect's own `creator.connected` aside). */
  function syncEventsOf(creator: Creator): Promise<OutboxRow[]> {
    return db.dataSource.query(
      `SELECT type, account_id AS "accountId", data FROM creators.outbox_events
       WHERE account_id = $1 AND type <> 'creator.connected' ORDER BY occurred_at`,
      [creator.accountId],
    );
  }

  function refuseEventsOf(creator: Creator): Promise<unknown> {
    return db.dataSource.query(`INSERT INTO ${refusals} (account_id) VALUES ($1)`, [
      creator.accountId,
    ]);
  }

  it('records creator.synced with the new counts and how they moved since the previous sync', async () => {
    const creator = await connected('sana.sketches');
    // As a previous sync left them: followers known, likes not.
    await db.dataSource.query(
      'UPDATE creators.creators SET follower_count = 10, likes_count = NULL WHERE id = $1',
      [creator.id],
    );

    const job = await sync(creator);

    const result = job.returnvalue as CreatorSyncResult;
    const events = await syncEventsOf(creator);
    expect(events).toHaveLength(1);
    const [{ data }] = events;
    expect(events[0]).toMatchObject({ type: 'creator.synced', accountId: creator.accountId });
    const stats = data.stats as Record<string, number | null>;
    expect(stats.followers).toEqual(expect.any(Number));
    expect(data).toEqual({
      creatorId: creator.id,
      platform: 'TIKTOK',
      username: 'sana.sketches',
      syncedAt: result.syncedAt,
      videos: result.videos,
      videosChanged: result.videosChanged,
      stats,
      changes: {
        followers: (stats.followers as number) - 10,
        following: null,
        likes: null,
        videoCount: null,
        totalViews: null,
      },
    });
    const profile = await db.creators.findById(creator.id);
    expect(profile?.stats).toMatchObject({ followers: stats.followers, likes: stats.likes });
  });

  it('stores nothing of the sync, and records no creator.synced, when its transaction rolls back', async () => {
    const creator = await connected('maya.bakes');
    await refuseEventsOf(creator);

    const job = await sync(creator);

    expect(await job.getState()).toBe('failed');
    expect(await syncEventsOf(creator)).toEqual([]);
    expect((await db.creators.findById(creator.id))?.lastSyncedAt).toBeNull();
  });

  it('records creator.reauth_required with the status change', async () => {
    const creator = await connected('ines.travels');
    await sandbox.client.revoke(creator.tokens.accessToken);

    await sync(creator, 3);

    expect((await db.creators.findById(creator.id))?.status).toBe('reauth_required');
    expect(await syncEventsOf(creator)).toEqual([
      {
        type: 'creator.reauth_required',
        accountId: creator.accountId,
        data: {
          creatorId: creator.id,
          platform: 'TIKTOK',
          username: 'ines.travels',
          reason: expect.any(String),
        },
      },
    ]);
  });

  it('keeps the creator connected, and records nothing, when the status change rolls back', async () => {
    const creator = await connected('ines.travels');
    await sandbox.client.revoke(creator.tokens.accessToken);
    await refuseEventsOf(creator);

    await sync(creator);

    expect((await db.creators.findById(creator.id))?.status).toBe('connected');
    expect(await syncEventsOf(creator)).toEqual([]);
  });

  it('records creator.sync_failed once, when the last attempt fails', async () => {
    const creator = await connected('maya.bakes');
    await sandbox.fail('/v2/user/info/', 503, 2);

    const job = await sync(creator, 2);

    expect(job.attemptsMade).toBe(2);
    expect(await db.syncState(creator.id)).toMatchObject({ status: 'failed' });
    expect(await syncEventsOf(creator)).toEqual([
      {
        type: 'creator.sync_failed',
        accountId: creator.accountId,
        data: {
          creatorId: creator.id,
          platform: 'TIKTOK',
          username: 'maya.bakes',
          reason: expect.stringContaining('/v2/user/info/'),
        },
      },
    ]);
  });

  it('records no creator.sync_failed when the final failure record rolls back', async () => {
    const creator = await connected('maya.bakes');
    await sandbox.fail('/v2/user/info/', 503, 1);
    await refuseEventsOf(creator);

    await sync(creator);

    expect(await syncEventsOf(creator)).toEqual([]);
    expect(await db.syncState(creator.id)).not.toMatchObject({ status: 'failed' });
  });
});
