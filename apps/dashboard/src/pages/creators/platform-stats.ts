import type { CreatorProfile, Platform, StatsSnapshotView } from '../../api/types';

type Count = 'followers' | 'following' | 'likes' | 'videoCount' | 'totalViews';

interface PlatformCount {
  field: Count;
  label: string;
  testId: string;
}

const FOLLOWERS = { field: 'followers', label: 'Followers', testId: 'stat-followers' } as const;
const FOLLOWING = { field: 'following', label: 'Following', testId: 'stat-following' } as const;
const LIKES = { field: 'likes', label: 'Likes', testId: 'stat-likes' } as const;
const VIDEOS = { field: 'videoCount', label: 'Videos', testId: 'stat-videos' } as const;
const POSTS = { ...VIDEOS, label: 'Posts' } as const;
const TOTAL_VIEWS = {
  field: 'totalViews',
  label: 'Total views',
  testId: 'stat-total-views',
} as const;

/** The counts each platform gives, in the words it uses (YouTube's subscribers, Instagram's posts). */
const COUNTS: Record<Platform, readonly PlatformCount[]> = {
  TIKTOK: [FOLLOWERS, FOLLOWING, LIKES, VIDEOS],
  INSTAGRAM: [FOLLOWERS, FOLLOWING, POSTS],
  YOUTUBE: [{ ...FOLLOWERS, label: 'Subscribers' }, VIDEOS, TOTAL_VIEWS],
};

/** The second growth chart beside followers: the count that moves most on each platform. */
const SECOND_CHART: Record<Platform, PlatformCount> = {
  TIKTOK: LIKES,
  INSTAGRAM: POSTS,
  YOUTUBE: TOTAL_VIEWS,
};

export interface StatItem {
  label: string;
  testId: string;
  value: number | null;
  /** Said instead of the number when there is a reason for none. */
  note?: string;
}

export function subscribersHidden(creator: Pick<CreatorProfile, 'platformData'>): boolean {
  return creator.platformData.hiddenSubscriberCount === true;
}

/** The creator's latest counts, as many as their platform gives. */
export function creatorStats(
  creator: Pick<CreatorProfile, 'platform' | 'stats' | 'platformData'>,
): StatItem[] {
  return COUNTS[creator.platform].map(({ field, label, testId }) => {
    const value = creator.stats[field];
    const hidden = field === 'followers' && value === null && subscribersHidden(creator);
    return { label, testId, value, ...(hidden ? { note: 'Hidden' } : {}) };
  });
}

export interface GrowthChart {
  title: string;
  pick: (snapshot: StatsSnapshotView) => number | null;
}

/** The growth charts of a platform's creator: followers (or subscribers) and one more. */
export function growthCharts(platform: Platform): GrowthChart[] {
  const followers = COUNTS[platform][0];
  const second = SECOND_CHART[platform];
  return [followers, second].map(({ field, label }) => ({
    title: label,
    pick: (snapshot) => snapshot[field],
  }));
}
