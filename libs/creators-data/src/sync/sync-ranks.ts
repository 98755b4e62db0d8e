import { type SyncTrigger, syncRankBand } from '@tally/contracts';
import { REDIS } from '@tally/nest-kit';
import type { Provider } from '@nestjs/common';
import type { Redis } from 'ioredis';

/** How long an account's count of queued syncs lasts: its rank starts again from 0 after it. */
export const SYNC_RANK_WINDOW_MS = 60 * 60 * 1000;

// One counter per account and band; each job takes the next number (0 first).
// A counter lives SYNC_RANK_WINDOW_MS from its first job.
const NEXT_RANKS_SCRIPT = `
local ranks = {}
for index, key in ipairs(KEYS) do
  local rank = redis.call('INCR', key) - 1
  if rank == 0 then redis.call('PEXPIRE', key, ARGV[1]) end
  ranks[index] = rank
end
return ranks
`;

export interface RankedSync {
  accountId: string;
  trigger: SyncTrigger;
}

/**
 * Each account's syncs numbered in the order they are queued, per priority
 * band, shared by every process that queues syncs (the creators service, the
 * scheduler) through Redis: the rank that places a job among other accounts'
 * (see SYNC_PRIORITY_BANDS in the contracts).
 */
export class SyncRanks {
  constructor(
    private readonly redis: Redis,
    private readonly windowMs: number = SYNC_RANK_WINDOW_MS,
  ) {}

  /** The next rank of each sync, in the order given (one round trip). */
  async next(syncs: readonly RankedSync[]): Promise<number[]> {
    if (syncs.length === 0) return [];
    const keys = syncs.map((sync) => `sync-rank:${syncRankBand(sync.trigger)}:${sync.accountId}`);
    const ranks = (await this.redis.eval(
      NEXT_RANKS_SCRIPT,
      keys.length,
      ...keys,
      this.windowMs,
    )) as number[];
    return ranks.map(Number);
  }
}

export const syncRanksProvider: Provider = {
  provide: SyncRanks,
  useFactory: (redis: Redis) => new SyncRanks(redis),
  inject: [REDIS],
};
