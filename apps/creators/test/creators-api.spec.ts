import {
  AppError,
  CreatorsConnectComplete,
  CreatorsConnectStart,
  CreatorsDisconnect,
  CreatorsGetProfile,
  CreatorsList,
  CreatorsListVideos,
  CreatorsResourcesSearch,
  CreatorsStatsHistory,
  CreatorsSyncStart,
  CreatorsSyncStatus,
  PageRequest,
  Principal,
  VideoView,
} from '@tally/contracts';
import { StatsSnapshotsRepository, VideosRepository } from '@tally/creators-data';
import { outOfContract } from '@tally/testing';
import { CreatorsHarness, principalOf } from './creators-harness.js';

describe('the creators API of the creators service', () => {
  let harness: CreatorsHarness;

  beforeAll(async () => {
    harness = await CreatorsHarness.start();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  async function connect(principal: Principal, user: string): Promise<string> {
    const started = await harness.bus.request(CreatorsConnectStart, {
      principal,
      input: {},
    });
    const query = await harness.consent(started.authUrl, user);
    const outcome = await harness.bus.request(CreatorsConnectComplete, query);
    if (outcome.status !== 'connected') throw new Error(`could not connect ${user}`);
    return outcome.creatorId;
  }

  async function storeVideos(creatorId: string, count: number, publishedAt?: Date): Promise<void> {
    const videos = harness.app.get(VideosRepository);
    await videos.upsertMany(
      creatorId,
      Array.from({ length: count }, (_, index) => ({
        externalId: `7${String(index).padStart(18, '0')}`,
        title: `video ${index}`,
        description: null,
        views: 1000 + index,
        likes: index,
        comments: 0,
        shares: 0,
        duration: 30,
        coverUrl: null,
        shareUrl: null,
        platformData: {},
        // Several videos share a timestamp: the id breaks the tie.
        publishedAt: publishedAt ?? new Date(Date.UTC(2026, 0, 1) + Math.floor(index / 3) * 60000),
      })),
    );
  }

  it('pages through creators newest first and filters them', async () => {
    const principal = principalOf();
    const maya = await connect(principal, 'maya.bakes');
    const leo = await connect(principal, 'leo.lifts');
    const list = (page: PageRequest, filter = {}) =>
      harness.bus.request(CreatorsList, {
        principal,
        page,
        filter,
      });

    const first = await list({ limit: 1 });
    const second = await list({ limit: 1, position: first.next ?? undefined });
    const byExternalId = await list(
      { limit: 20 },
      { externalId: first.items.toJSON()[0].externalId },
    );
    const otherPlatform = await list({ limit: 20 }, { platform: 'YOUTUBE' });

    expect([first.items.toJSON()[0].id, second.items.toJSON()[0].id]).toEqual([leo, maya]);
    expect(second.next).toBeNull();
    expect(byExternalId.items.toJSON().map((creator) => creator.id)).toEqual([leo]);
    expect(otherPlatform.items.toJSON()).toEqual([]);
  });

  it('lists each creator as its profile shows it, times in UTC to the millisecond like Date#toISOString', async () => {
    const principal = principalOf();
    const creatorId = await connect(principal, await harness.addCreator());
    await harness.db.query(
      `UPDATE creators.creators
         SET connected_at = '2026-03-04 05:06:07.891999+00', last_synced_at = NULL WHERE id = $1`,
      [creatorId],
    );

    const page = await harness.bus.request(CreatorsList, {
      principal,
      page: { limit: 20 },
      filter: {},
    });
    const profile = await harness.bus.request(CreatorsGetProfile, {
      principal,
      creatorId,
    });

    expect(page.items.toJSON()).toHaveLength(1);
    expect(page.items.toJSON()[0]).toMatchObject({
      id: creatorId,
      connectedAt: new Date(Date.UTC(2026, 2, 4, 5, 6, 7, 891)).toISOString(),
      lastSyncedAt: null,
    });
    const { bio, verified, profileUrl, scopes, platformData, ...profileView } = profile;
    expect(page.items.toJSON()[0]).toEqual(profileView);
    expect([
      typeof bio,
      typeof verified,
      typeof profileUrl,
      Array.isArray(scopes),
      platformData,
    ]).toEqual(['string', 'boolean', 'string', true, {}]);
  });

  it('pages through every video newest first with no duplicates and no gaps while videos arrive', async () => {
    const principal = principalOf();
    const creatorId = await connect(principal, 'kofi.codes');
    await storeVideos(creatorId, 45);
    const seen: VideoView[] = [];
    let position: PageRequest['position'];
    let pages = 0;
    do {
      const page = await harness.bus.request(CreatorsListVideos, {
        principal,
        creatorId,
        page: { limit: 20, position },
      });
      seen.push(...page.items.toJSON());
      position = page.next ?? undefined;
      pages += 1;
      // A sync lands newer videos mid-way: they go before the first page, not into this walk.
      if (pages === 1) await storeVideos(creatorId, 3, new Date(Date.UTC(2027, 0, 1)));
    } while (position);

    expect(pages).toBe(3);
    expect(new Set(seen.map((video) => video.id)).size).toBe(45);
    const times = seen.map((video) => Date.parse(video.publishedAt ?? ''));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(seen[0]).toMatchObject({
      externalId: expect.stringMatching(/^\d{19}$/),
      views: expect.any(Number),
    });
  });

  it('returns stats snapshots oldest first within the range, continuing where the limit cut', async () => {
    const principal = principalOf();
    const creatorId = await connect(principal, 'sana.sketches');
    const snapshots = harness.app.get(StatsSnapshotsRepository);
    for (let day = 1; day <= 5; day += 1) {
      await snapshots.record(
        creatorId,
        { followers: 100 * day, following: 1, likes: 10 * day, videoCount: day, totalViews: null },
        new Date(Date.UTC(2026, 5, day)),
      );
    }
    const history = (query: object) =>
      harness.bus.request(CreatorsStatsHistory, {
        principal,
        creatorId,
        query,
      });

    const firstPart = await history({ from: '2026-06-02', to: '2026-06-30', limit: 2 });
    const rest = await history({ from: firstPart.nextFrom, to: '2026-06-30' });
    const backwards = await history({ from: '2026-06-30', to: '2026-06-01' }).catch(
      (error: unknown) => error,
    );

    expect(firstPart.items.map((point) => point.followers)).toEqual([200, 300]);
    expect(rest.items.map((point) => point.followers)).toEqual([400, 500]);
    expect(rest.nextFrom).toBeNull();
    expect(backwards).toMatchObject({ code: 'validation_failed', status: 400 });
  });

  it('queues one sync per creator and answers without waiting forever when no worker takes it', async () => {
    const principal = principalOf();
    const creatorId = await connect(principal, 'maya.bakes');

    const first = await harness.bus.request(CreatorsSyncStart, {
      principal,
      creatorId,
      waitMs: 200,
    });
    const second = await harness.bus.request(CreatorsSyncStart, {
      principal,
      creatorId,
      waitMs: 200,
    });
    const status = await harness.bus.request(CreatorsSyncStatus, {
      principal,
      creatorId,
    });

    expect(first).toEqual({ synced: false, jobId: expect.any(String), status: 'queued' });
    // The connect already queued a sync: a manual one joins it instead of adding another.
    expect(second).toEqual(first);
    expect(status).toMatchObject({
      creatorId,
      jobId: first.synced ? null : first.jobId,
      status: 'queued',
    });
    const jobs = await harness.queue.getJobs(['waiting', 'prioritized']);
    expect(jobs.filter((job) => job.data.creatorId === creatorId)).toHaveLength(1);
  });

  it('moves a waiting scheduled sync up to the caller’s priority when a manual sync joins it', async () => {
    const principal = principalOf();
    const creatorId = await connect(principal, await harness.addCreator());
    // The connect queued a sync; take it out so that the scheduler's job is the pending one.
    for (const job of await harness.queue.getJobs(['waiting', 'prioritized', 'delayed'])) {
      if (job.data.creatorId === creatorId) await job.remove();
    }
    await harness.redis.del(`${harness.queue.keys.de}:${creatorId}`);
    const scheduled = await harness.queue.add(
      'sync-creator',
      { creatorId, accountId: principal.accountId, trigger: 'scheduled' },
      { deduplication: { id: creatorId }, priority: 10, delay: 60_000 },
    );

    const manual = await harness.bus.request(CreatorsSyncStart, {
      principal,
      creatorId,
      waitMs: 100,
    });

    expect(manual).toMatchObject({ synced: false, jobId: scheduled.id });
    const raised = await harness.queue.getJob(String(scheduled.id));
    expect(raised?.priority).toBe(1);
    expect(raised?.data.trigger).toBe('manual');
    expect(await raised?.getState()).toBe('prioritized');
  });

  it('disconnects: revokes at TikTok, then deletes the creator and everything synced for it', async () => {
    const principal = principalOf();
    const creatorId = await connect(principal, await harness.addCreator());
    await storeVideos(creatorId, 5);
    const revocations = async () =>
      (
        await harness.sandboxAdmin<{ revocations: { open_id: string }[] }>(
          'GET',
          '/sandbox/revocations',
        )
      ).revocations;
    const before = await revocations();

    const result = await harness.bus.request(CreatorsDisconnect, {
      principal,
      creatorId,
    });

    expect(result).toEqual({ disconnected: true, revokedUpstream: true });
    const after = await revocations();
    expect(after.length).toBe(before.length + 1);
    for (const table of ['creators', 'videos', 'platform_tokens']) {
      const column = table === 'creators' ? 'id' : 'creator_id';
      const rows = await harness.db.query(`SELECT 1 FROM creators.${table} WHERE ${column} = $1`, [
        creatorId,
      ]);
      expect({ table, rows: rows.length }).toEqual({ table, rows: 0 });
    }
    const again = await harness.bus
      .request(CreatorsDisconnect, { principal, creatorId })
      .catch((error: unknown) => error);
    expect(again).toMatchObject({ code: 'not_found' });
  });

  it('keeps the TikTok grant while another account still has the same creator connected', async () => {
    const first = principalOf();
    const second = principalOf();
    const shared = await harness.addCreator();
    const firstId = await connect(first, shared);
    const secondId = await connect(second, shared);
    const revocations = async () =>
      (
        await harness.sandboxAdmin<{ revocations: { open_id: string }[] }>(
          'GET',
          '/sandbox/revocations',
        )
      ).revocations.length;
    const before = await revocations();

    await harness.bus.request(CreatorsDisconnect, {
      principal: first,
      creatorId: firstId,
    });

    expect(await revocations()).toBe(before);
    const stillThere = await harness.bus.request(CreatorsDisconnect, {
      principal: second,
      creatorId: secondId,
    });
    expect(stillThere).toEqual({ disconnected: true, revokedUpstream: true });
    expect(await revocations()).toBe(before + 1);
  });

  it('revokes the shared grant once when every account that has the creator disconnects at the same time', async () => {
    const accounts = [principalOf(), principalOf(), principalOf()];
    const shared = await harness.addCreator();
    const ids: string[] = [];
    for (const principal of accounts) ids.push(await connect(principal, shared));
    const { externalId: openId } = await harness.bus.request(CreatorsGetProfile, {
      principal: accounts[0],
      creatorId: ids[0],
    });
    const revocationsOfShared = async () =>
      (
        await harness.sandboxAdmin<{ revocations: { open_id: string }[] }>(
          'GET',
          '/sandbox/revocations',
        )
      ).revocations.filter((revocation) => revocation.open_id === openId).length;

    const outcomes = await Promise.all(
      accounts.map((principal, index) =>
        harness.bus.request(CreatorsDisconnect, {
          principal,
          creatorId: ids[index],
        }),
      ),
    );

    expect(outcomes).toEqual(accounts.map(() => ({ disconnected: true, revokedUpstream: true })));
    expect(await revocationsOfShared()).toBe(1);
  });

  it('still deletes the creator when TikTok is down, and leaves the revocation to a job', async () => {
    const principal = principalOf();
    const creatorId = await connect(principal, await harness.addCreator());
    await harness.sandboxAdmin('POST', '/sandbox/faults', {
      endpoint: '/v2/oauth/revoke/',
      status: 503,
    });

    const result = await harness.bus.request(CreatorsDisconnect, {
      principal,
      creatorId,
    });

    expect(result).toEqual({ disconnected: true, revokedUpstream: false });
    const pending = await harness.db.query(
      'SELECT id, access_token FROM creators.pending_revocations WHERE account_id = $1',
      [principal.accountId],
    );
    expect(pending).toHaveLength(1);
    const jobs = await harness.revocationQueue.getJobs(['waiting', 'delayed']);
    expect(jobs.map((job) => job.data)).toContainEqual({ pendingRevocationId: pending[0].id });
    expect(
      await harness.db.query('SELECT 1 FROM creators.creators WHERE id = $1', [creatorId]),
    ).toEqual([]);
  });

  it('resolves resources in request order against the account’s creators and videos', async () => {
    const principal = principalOf();
    const creatorId = await connect(principal, 'kofi.codes');
    await storeVideos(creatorId, 2);

    const result = await harness.bus.request(CreatorsResourcesSearch, {
      principal,
      input: {
        resources: [
          { platform: 'tiktok', type: 'video', identifier: '7000000000000000001' },
          { platform: 'TikTok', type: 'account', identifier: '@Kofi.Codes' },
          { platform: 'TIKTOK', type: 'account', identifier: 'nobody.here' },
          { platform: 'tiktok', type: 'video', identifier: '7999999999999999999' },
        ],
      },
    });

    expect(
      result.results.map((item) => [item.platform, item.type, item.identifier, item.status]),
    ).toEqual([
      ['TIKTOK', 'video', '7000000000000000001', 'found'],
      ['TIKTOK', 'account', '@Kofi.Codes', 'found'],
      ['TIKTOK', 'account', 'nobody.here', 'not_found'],
      ['TIKTOK', 'video', '7999999999999999999', 'not_found'],
    ]);
    expect(result.results[1]).toMatchObject({ creator: { id: creatorId, username: 'kofi.codes' } });
    const stranger = await harness.bus.request(CreatorsResourcesSearch, {
      principal: principalOf(),
      input: { resources: [{ platform: 'tiktok', type: 'account', identifier: 'kofi.codes' }] },
    });
    expect(stranger.results[0].status).toBe('not_found');
  });

  it('refuses a search with too many or malformed items', async () => {
    const principal = principalOf();
    const tooMany = Array.from({ length: 51 }, () => ({
      platform: 'tiktok',
      type: 'account',
      identifier: 'x',
    }));

    for (const resources of [
      [],
      tooMany,
      [{ platform: 'tiktok', type: 'playlist', identifier: 'x' }],
    ]) {
      const failure = await harness.bus
        .request(CreatorsResourcesSearch, { principal, input: outOfContract({ resources }) })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(AppError);
      expect(failure).toMatchObject({ code: 'validation_failed' });
    }
  });

  it('answers a lookup on a platform without public lookups as not connected', async () => {
    const result = await harness.bus.request(CreatorsResourcesSearch, {
      principal: principalOf(),
      input: {
        resources: [
          { platform: 'Instagram', type: 'account', identifier: 'natgeo' },
          { platform: 'tiktok', type: 'video', identifier: '7999999999999999999' },
        ],
      },
    });

    expect(result.results).toEqual([
      {
        platform: 'INSTAGRAM',
        type: 'account',
        identifier: 'natgeo',
        status: 'not_found',
        found: false,
        reason: 'not_connected',
      },
      {
        platform: 'TIKTOK',
        type: 'video',
        identifier: '7999999999999999999',
        status: 'not_found',
        found: false,
        reason: 'not_connected',
      },
    ]);
  });
});
