import type { CreatorSyncJob } from '@tally/contracts';
import type {
  CreatorsRepository,
  PlatformSuite,
  StatsSnapshotsRepository,
  SyncStateRepository,
  VideosRepository,
} from '@tally/creators-data';
import {
  PlatformError,
  type PlatformErrorKind,
  type PlatformId,
  type TokenRefresher,
} from '@tally/platform-kit';
import { Logger } from '@nestjs/common';
import { UpstreamBusyError } from '@tally/creators-data';
import { UnrecoverableError } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { CreatorEventsPublisher } from '../events/creator-events.publisher.js';
import { JobDeferredError } from '../upstream/job-deferred.error.js';
import { UpstreamRateLimitedError } from '../upstream/upstream-rate-limited.error.js';
import { CreatorSyncService } from './creator-sync.service.js';

const CREATOR_ID = '0b6f3a4e-3c1e-4a53-9b7e-1f0b5a6d2c11';
const ACCOUNT_ID = '5d0c8f2e-7a9b-4c3d-8e1f-2a3b4c5d6e7f';
const job: CreatorSyncJob = { creatorId: CREATOR_ID, accountId: ACCOUNT_ID, trigger: 'scheduled' };
const firstOfThree = { jobId: '42', attemptsMade: 0, attempts: 3 };

const failure = (
  kind: PlatformErrorKind,
  platform: PlatformId = 'TIKTOK',
  retryAfterSeconds?: number,
) => new PlatformError({ platform, kind, endpoint: '/profile', message: kind, retryAfterSeconds });

const LAST_SYNCED_AT = '2026-11-24T06:00:00.000Z';

function creator(
  status = 'connected',
  lastSyncedAt: string | null = LAST_SYNCED_AT,
  platform: PlatformId = 'TIKTOK',
) {
  const stats = { followers: 1, following: 2, likes: 3, videoCount: 4, totalViews: null };
  return { id: CREATOR_ID, accountId: ACCOUNT_ID, status, lastSyncedAt, platform, stats };
}

/** The service over fakes: one provider plays whichever platform the creator is on. */
function setUp() {
  const creators = {
    findById: jest.fn().mockResolvedValue(creator()),
    setStatus: jest.fn(),
    updateProfile: jest.fn(),
  };
  const syncState = { markRunning: jest.fn(), markSucceeded: jest.fn(), markFailed: jest.fn() };
  const events = { synced: jest.fn(), reauthRequired: jest.fn(), syncFailed: jest.fn() };
  const refresher = {
    freshTokens: jest.fn().mockResolvedValue({ accessToken: 'act.1', scopes: [] }),
    refreshAfterRejection: jest.fn(),
  };
  const provider = { profile: jest.fn(), mediaPage: jest.fn() };
  const providers = { get: jest.fn().mockReturnValue(provider) };
  const videos = { upsertMany: jest.fn(), count: jest.fn(), countWrittenBy: jest.fn() };
  // Transactions run at once; the outbox writes through the manager.
  const manager = { query: jest.fn() };
  const dataSource = {
    transaction: jest.fn(async (work: (m: typeof manager) => Promise<unknown>) => work(manager)),
  };
  const sut = new CreatorSyncService(
    { providers } as unknown as PlatformSuite,
    refresher as unknown as TokenRefresher,
    dataSource as unknown as DataSource,
    creators as unknown as CreatorsRepository,
    videos as unknown as VideosRepository,
    { record: jest.fn() } as unknown as StatsSnapshotsRepository,
    syncState as unknown as SyncStateRepository,
    events as unknown as CreatorEventsPublisher,
  );
  return { sut, creators, syncState, events, refresher, provider, providers, videos, manager };
}

/**
 * A platform with three pages of two videos; the store reports `changedPerPage`
 * of each page as changed, and the unchanged as written by the last finished sync.
 */
function withThreePages(setup: ReturnType<typeof setUp>, changedPerPage: number[]) {
  const pages = [0, 1, 2].map((page) => ({
    media: [{ externalId: `${page}1` }, { externalId: `${page}2` }],
    nextCursor: page < 2 ? String(page + 1) : null,
  }));
  setup.provider.profile.mockResolvedValue({ externalUserId: 'open-1', displayName: 'Maya' });
  setup.provider.mediaPage.mockImplementation(
    async (_tokens: unknown, _profile: unknown, cursor: string | null) => pages[Number(cursor)],
  );
  for (const changed of changedPerPage) {
    setup.videos.upsertMany.mockImplementationOnce(async (_id: string, records: unknown[]) =>
      (records as { externalId: string }[]).slice(0, changed).map((record) => record.externalId),
    );
  }
  setup.videos.countWrittenBy.mockImplementation(async (_id: string, ids: string[]) => ids.length);
  setup.videos.count.mockResolvedValue(6);
}

describe('CreatorSyncService.sync', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('stops reading pages after the first one in which nothing changed', async () => {
    const setup = setUp();
    withThreePages(setup, [1, 0, 2]);

    const result = await setup.sut.sync(job, firstOfThree);

    expect(result).toMatchObject({ pages: 2, videosChanged: 1, videos: 6 });
    expect(setup.provider.mediaPage).toHaveBeenCalledTimes(2);
    expect(setup.videos.countWrittenBy).toHaveBeenCalledWith(
      CREATOR_ID,
      ['11', '12'],
      new Date(LAST_SYNCED_AT),
    );
  });

  it('reads on past unchanged videos an interrupted sync wrote after the last finished one', async () => {
    const setup = setUp();
    withThreePages(setup, [0, 0, 0]);
    setup.videos.countWrittenBy.mockResolvedValueOnce(1).mockResolvedValueOnce(2);

    const result = await setup.sut.sync(job, firstOfThree);

    expect(result).toMatchObject({ pages: 2 });
  });

  it('reads every page of a creator never synced before', async () => {
    const setup = setUp();
    setup.creators.findById.mockResolvedValue(creator('connected', null));
    withThreePages(setup, [0, 0, 0]);

    const result = await setup.sut.sync(job, firstOfThree);

    expect(result).toMatchObject({ pages: 3 });
  });

  it('reads every page when a full sync is asked for', async () => {
    const setup = setUp();
    withThreePages(setup, [0, 0, 0]);

    const result = await setup.sut.sync({ ...job, full: true }, firstOfThree);

    expect(result).toMatchObject({ pages: 3, videosChanged: 0 });
  });

  it('finishes quietly when the creator is deleted while it syncs', async () => {
    const { sut, creators, events, refresher } = setUp();
    creators.findById.mockResolvedValueOnce(creator()).mockResolvedValue(null);
    // Its tokens went first, by cascade: to the refresher that looks like a lost grant.
    refresher.freshTokens.mockRejectedValue(failure('invalid_grant'));

    const result = await sut.sync(job, firstOfThree);

    expect(result).toMatchObject({ creatorId: CREATOR_ID, videos: 0, videosChanged: 0 });
    expect(creators.setStatus).not.toHaveBeenCalled();
    expect(events.reauthRequired).not.toHaveBeenCalled();
  });

  it('stops for good, marking the creator reauth_required, when the grant is dead', async () => {
    const { sut, creators, syncState, events, refresher, manager } = setUp();
    refresher.freshTokens.mockRejectedValue(failure('invalid_grant'));

    await expect(sut.sync(job, firstOfThree)).rejects.toBeInstanceOf(UnrecoverableError);

    expect(creators.setStatus).toHaveBeenCalledWith(CREATOR_ID, 'reauth_required', manager);
    expect(syncState.markFailed).toHaveBeenCalledWith(
      CREATOR_ID,
      '42',
      expect.stringContaining('invalid_grant'),
      true,
    );
    expect(events.reauthRequired).toHaveBeenCalledWith(
      expect.objectContaining({
        accountId: ACCOUNT_ID,
        creatorId: CREATOR_ID,
        platform: 'TIKTOK',
        reason: expect.stringContaining('invalid_grant'),
      }),
    );
  });

  it('fails without retries when retrying cannot help, and says so once', async () => {
    const { sut, syncState, provider, events, manager } = setUp();
    provider.profile.mockRejectedValue(failure('scope_not_authorized'));

    await expect(sut.sync(job, firstOfThree)).rejects.toBeInstanceOf(UnrecoverableError);

    expect(syncState.markFailed).toHaveBeenCalledWith(
      CREATOR_ID,
      '42',
      expect.any(String),
      true,
      manager,
    );
    expect(events.syncFailed).toHaveBeenCalledWith(
      expect.objectContaining({
        accountId: ACCOUNT_ID,
        creatorId: CREATOR_ID,
        reason: expect.stringContaining('scope_not_authorized'),
      }),
    );
  });

  it('passes a transient failure on for BullMQ to retry, the sync still queued', async () => {
    const { sut, syncState, provider, creators, events } = setUp();
    const unavailable = failure('upstream_unavailable');
    provider.profile.mockRejectedValue(unavailable);

    await expect(sut.sync(job, firstOfThree)).rejects.toBe(unavailable);

    expect(syncState.markFailed).toHaveBeenCalledWith(CREATOR_ID, '42', expect.any(String), false);
    expect(creators.setStatus).not.toHaveBeenCalled();
    expect(events.syncFailed).not.toHaveBeenCalled();
  });

  it('records the failure as final on the last attempt', async () => {
    const { sut, syncState, provider, manager } = setUp();
    provider.profile.mockRejectedValue(failure('upstream_unavailable'));

    await expect(
      sut.sync(job, { jobId: '42', attemptsMade: 2, attempts: 3 }),
    ).rejects.toBeInstanceOf(PlatformError);

    expect(syncState.markFailed).toHaveBeenCalledWith(
      CREATOR_ID,
      '42',
      expect.any(String),
      true,
      manager,
    );
  });

  it('asks for the queue to pause after a 429, the sync still queued, even on the last attempt', async () => {
    const { sut, syncState, provider } = setUp();
    provider.profile.mockRejectedValue(failure('rate_limited', 'TIKTOK', 5));

    const sync = sut.sync(job, { jobId: '42', attemptsMade: 2, attempts: 3 });

    await expect(sync).rejects.toBeInstanceOf(UpstreamRateLimitedError);
    await expect(sync).rejects.toMatchObject({ pauseMs: 5000 });
    expect(syncState.markFailed).toHaveBeenCalledWith(CREATOR_ID, '42', expect.any(String), false);
  });

  it('keeps the retry decision when the failure cannot be recorded', async () => {
    const { sut, syncState, provider } = setUp();
    const unavailable = failure('upstream_unavailable');
    provider.profile.mockRejectedValue(unavailable);
    syncState.markFailed.mockRejectedValue(new Error('database away'));

    await expect(sut.sync(job, firstOfThree)).rejects.toBe(unavailable);
  });

  it.each<[PlatformId, PlatformErrorKind, number]>([
    ['YOUTUBE', 'quota_exhausted', 7200],
    ['INSTAGRAM', 'rate_limited', 90],
  ])(
    "puts the job off, without pausing the queue or spending an attempt, at %s's %s",
    async (platform, kind, retryAfterSeconds) => {
      const { sut, syncState, provider, creators, events } = setUp();
      creators.findById.mockResolvedValue(creator('connected', LAST_SYNCED_AT, platform));
      provider.profile.mockRejectedValue(failure(kind, platform, retryAfterSeconds));

      const sync = sut.sync(job, { jobId: '42', attemptsMade: 2, attempts: 3 });

      await expect(sync).rejects.toBeInstanceOf(JobDeferredError);
      await expect(sync).rejects.toMatchObject({ delayMs: retryAfterSeconds * 1000 });
      expect(syncState.markFailed).toHaveBeenCalledWith(
        CREATOR_ID,
        '42',
        expect.any(String),
        false,
      );
      expect(events.syncFailed).not.toHaveBeenCalled();
    },
  );

  it.each([
    ['scheduled', 'scheduled'],
    ['manual', 'requested'],
    ['connect', 'requested'],
  ] as const)(
    "reads a %s sync through the creator's platform at the %s share of its budget",
    async (trigger, priority) => {
      const setup = setUp();
      setup.creators.findById.mockResolvedValue(creator('connected', null, 'YOUTUBE'));
      withThreePages(setup, [0, 0, 0]);

      await setup.sut.sync({ ...job, trigger }, firstOfThree);

      expect(setup.providers.get).toHaveBeenCalledWith('YOUTUBE', priority);
    },
  );

  it('does not call the platform for a creator who must connect again', async () => {
    const { sut, creators, refresher, syncState, manager } = setUp();
    creators.findById.mockResolvedValue(creator('reauth_required'));

    await expect(sut.sync(job, firstOfThree)).rejects.toBeInstanceOf(UnrecoverableError);

    expect(refresher.freshTokens).not.toHaveBeenCalled();
    expect(syncState.markFailed).toHaveBeenCalledWith(
      CREATOR_ID,
      '42',
      expect.any(String),
      true,
      manager,
    );
  });

  it("puts off a sync that meets a creator's limit mid-way with where it stopped, and goes on from there next time", async () => {
    const setup = setUp();
    setup.creators.findById.mockResolvedValue(creator('connected', null, 'INSTAGRAM'));
    withThreePages(setup, [2, 2, 2]);
    const pageOf = setup.provider.mediaPage.getMockImplementation()!;
    setup.provider.mediaPage.mockImplementation(
      async (tokens: unknown, profile: unknown, cursor: string | null) => {
        if (cursor === '2') throw new UpstreamBusyError('user:1784', 90_000);
        return pageOf(tokens, profile, cursor);
      },
    );

    const first = setup.sut.sync(job, firstOfThree);

    await expect(first).rejects.toBeInstanceOf(JobDeferredError);
    await expect(first).rejects.toMatchObject({ delayMs: 90_000, resumeCursor: '2' });

    setup.provider.mediaPage.mockClear();
    setup.provider.mediaPage.mockImplementation(pageOf);
    await setup.sut.sync({ ...job, resumeCursor: '2' }, firstOfThree);

    expect(setup.provider.mediaPage.mock.calls.map((call) => call[2])).toEqual(['2']);
  });
});
