import { SyncJobs } from '@tally/contracts';
import type { DueCreatorsRepository, SyncRanks } from '@tally/creators-data';
import { Logger } from '@nestjs/common';
import type { SyncWorkerConfig } from '../config/sync-worker.config.js';
import type { CreatorSyncQueue } from '../queue/creator-sync-queue.js';
import { SyncScheduler } from './sync-scheduler.service.js';

const HOUR = 3_600_000;
const config = {
  SYNC_MAX_AGE: 6 * HOUR,
  SYNC_SCHEDULE_BATCH: 2,
  SYNC_SCHEDULE_EVERY_MS: 60_000,
  SYNC_ATTEMPTS: 5,
} as SyncWorkerConfig;

function setUp(due: { creatorId: string; accountId: string }[]) {
  const creators = { due: jest.fn().mockResolvedValue(due) };
  const queue = { addBulk: jest.fn().mockResolvedValue([]) };
  // Each account's syncs numbered in order, as Redis numbers them.
  const counts = new Map<string, number>();
  const ranks = {
    next: jest.fn(async (syncs: { accountId: string }[]) =>
      syncs.map(({ accountId }) => {
        const rank = counts.get(accountId) ?? 0;
        counts.set(accountId, rank + 1);
        return rank;
      }),
    ),
  };
  const sut = new SyncScheduler(
    config,
    creators as unknown as DueCreatorsRepository,
    { queue } as unknown as CreatorSyncQueue,
    ranks as unknown as SyncRanks,
  );
  return { sut, creators, queue, ranks };
}

describe('SyncScheduler.scheduleDue', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('asks for the oldest creators whose data is older than SYNC_MAX_AGE, a batch at a time', async () => {
    const { sut, creators } = setUp([]);
    const now = Date.parse('2026-11-24T12:00:00Z');

    await sut.scheduleDue(now);

    expect(creators.due).toHaveBeenCalledWith(new Date('2026-11-24T06:00:00Z'), 2);
  });

  it('queues a background sync per creator, one per creator at a time, spread over the period, ranked within its account', async () => {
    const due = [
      { creatorId: 'c1', accountId: 'a1' },
      { creatorId: 'c2', accountId: 'a2' },
      { creatorId: 'c3', accountId: 'a1' },
    ];
    const { sut, queue } = setUp(due);

    await expect(sut.scheduleDue()).resolves.toEqual({ due: 3 });

    const [jobs] = queue.addBulk.mock.calls[0] as [
      { name: string; data: object; opts: { delay?: number } }[],
    ];
    // a1's second sync goes after a2's first: the background band starts at 1 000.
    const priorities = [1_000, 1_000, 1_001];
    expect(jobs).toEqual(
      due.map(({ creatorId, accountId }, index) => ({
        name: SyncJobs.sync,
        data: { creatorId, accountId, trigger: 'scheduled' },
        opts: expect.objectContaining({
          deduplication: { id: creatorId },
          priority: priorities[index],
          attempts: 5,
        }),
      })),
    );
    for (const job of jobs) {
      expect(job.opts.delay ?? 0).toBeGreaterThanOrEqual(0);
      expect(job.opts.delay ?? 0).toBeLessThan(60_000);
    }
  });

  it('queues nothing when every creator is fresh', async () => {
    const { sut, queue } = setUp([]);

    await expect(sut.scheduleDue()).resolves.toEqual({ due: 0 });
    expect(queue.addBulk).not.toHaveBeenCalled();
  });
});
