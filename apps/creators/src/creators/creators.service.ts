import {
  AppError,
  CreatorFilter,
  CreatorProfile,
  CreatorView,
  MAX_HISTORY_POINTS,
  PageRequest,
  PreparedPageResult,
  Principal,
  StatsHistory,
  StatsHistoryQuery,
  VideoView,
} from '@tally/contracts';
import {
  CreatorsRepository,
  StatsSnapshotsRepository,
  VideosRepository,
} from '@tally/creators-data';
import { Injectable } from '@nestjs/common';
import { creatorNotFound } from './creator-errors.js';

const DEFAULT_HISTORY_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;

/** Reads of an account's creators; every read is scoped to the caller's account. */
@Injectable()
export class CreatorsService {
  constructor(
    private readonly creators: CreatorsRepository,
    private readonly videos: VideosRepository,
    private readonly snapshots: StatsSnapshotsRepository,
  ) {}

  list(
    principal: Principal,
    filter: CreatorFilter,
    page: PageRequest,
  ): Promise<PreparedPageResult<CreatorView>> {
    return this.creators.page(principal.accountId, filter, page);
  }

  async profile(principal: Principal, creatorId: string): Promise<CreatorProfile> {
    const profile = await this.creators.findProfile(principal.accountId, creatorId);
    if (!profile) throw creatorNotFound();
    return profile;
  }

  async videosOf(
    principal: Principal,
    creatorId: string,
    page: PageRequest,
  ): Promise<PreparedPageResult<VideoView>> {
    const videos = await this.videos.pageOfOwned(principal.accountId, creatorId, page);
    if (!videos) throw creatorNotFound();
    return videos;
  }

  /** Snapshots oldest first in [from, to]; by default the last 30 days. */
  async statsHistory(
    principal: Principal,
    creatorId: string,
    query: StatsHistoryQuery,
  ): Promise<StatsHistory> {
    const to = query.to ? new Date(query.to) : new Date();
    const from = query.from
      ? new Date(query.from)
      : new Date(to.getTime() - DEFAULT_HISTORY_DAYS * DAY_MS);
    if (from.getTime() > to.getTime()) {
      throw new AppError('validation_failed', 'from must not be after to.', [
        { field: 'from', reason: 'from must not be after to' },
      ]);
    }
    await this.assertOwned(principal, creatorId);
    const range = await this.snapshots.range(
      creatorId,
      from,
      to,
      query.limit ?? MAX_HISTORY_POINTS,
    );
    return { from: from.toISOString(), to: to.toISOString(), ...range };
  }

  private async assertOwned(principal: Principal, creatorId: string): Promise<void> {
    if (!(await this.creators.findView(principal.accountId, creatorId))) throw creatorNotFound();
  }
}
