import { SeededRandom } from '../state/seeded-random.js';
import { type InstagramMedia, seedOf } from './instagram-accounts.js';

/** The lifetime metrics the sandbox answers on `/<media-id>/insights`, in Instagram's names. */
export const INSIGHT_METRICS = [
  'views',
  'reach',
  'likes',
  'comments',
  'saved',
  'shares',
  'total_interactions',
] as const;

export type InsightMetric = (typeof INSIGHT_METRICS)[number];

export type MediaInsights = Record<InsightMetric, number>;

/**
 * Below this many views a media has "not enough viewers" and every metric
 * answers `(#10)`, as Instagram does for media seen by too few people.
 */
export const MIN_VIEWS_FOR_INSIGHTS = 100;

/** Views per like: reels travel further than posts. */
const VIEWS_PER_LIKE: Record<InstagramMedia['mediaType'], [number, number]> = {
  IMAGE: [4, 12],
  CAROUSEL_ALBUM: [5, 14],
  VIDEO: [10, 30],
};

function between(random: SeededRandom, [low, high]: [number, number]): number {
  return low + random.next() * (high - low);
}

/**
 * A media's lifetime insights, the same in every run: drawn from its own id
 * and its public counts, so `likes` and `comments` equal `like_count` and
 * `comments_count` (even when the owner hides likes: insights are the
 * owner's), `reach` never exceeds `views`, and `total_interactions` is the sum
 * of likes, comments, saves and shares.
 */
export function mediaInsights(media: InstagramMedia): MediaInsights {
  const random = new SeededRandom(seedOf(`instagram-insights:${media.id}`));
  const likes = media.likeCount;
  const comments = media.commentsCount;
  const views = Math.max(
    likes + comments,
    Math.round(likes * between(random, VIEWS_PER_LIKE[media.mediaType])),
  );
  const reach = Math.round(views * between(random, [0.55, 0.9]));
  const saved = Math.round(likes * between(random, [0.02, 0.12]));
  const shares = Math.round(likes * between(random, [0.01, 0.09]));
  return {
    views,
    reach,
    likes,
    comments,
    saved,
    shares,
    total_interactions: likes + comments + saved + shares,
  };
}

export function hasEnoughViewers(insights: MediaInsights): boolean {
  return insights.views >= MIN_VIEWS_FOR_INSIGHTS;
}
