import type { CreatorProfileFields } from '@tally/creators-data';

/** A creator's counts, null where unknown (or where the platform has none). */
export interface Counts {
  followers: number | null;
  following: number | null;
  likes: number | null;
  videoCount: number | null;
  totalViews: number | null;
}

/** The counts of a profile read. */
export function countsOf(profile: CreatorProfileFields): Counts {
  return {
    followers: profile.followers,
    following: profile.following,
    likes: profile.likes,
    videoCount: profile.videoCount,
    totalViews: profile.totalViews,
  };
}

/** How much each count moved: null where either side is unknown. */
export function countChanges(previous: Counts, current: Counts): Counts {
  const change = (count: keyof Counts): number | null => {
    const before = previous[count];
    const now = current[count];
    return before === null || now === null ? null : now - before;
  };
  return {
    followers: change('followers'),
    following: change('following'),
    likes: change('likes'),
    videoCount: change('videoCount'),
    totalViews: change('totalViews'),
  };
}
