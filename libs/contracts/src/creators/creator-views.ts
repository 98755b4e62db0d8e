import { z } from 'zod';
import { CREATOR_STATUSES } from './creator-constants.js';
import { PLATFORMS } from './platforms.js';

export { CREATOR_STATUSES, MAX_HISTORY_POINTS, type CreatorStatus } from './creator-constants.js';

/** The creator's latest counts; null until the first sync has read them. */
export const CreatorStatsSchema = z.object({
  followers: z.number().nullable(),
  following: z.number().nullable(),
  likes: z.number().nullable(),
  videoCount: z.number().nullable(),
});
export type CreatorStats = z.output<typeof CreatorStatsSchema>;

/** A connected creator as lists show it. */
export const CreatorViewSchema = z.object({
  id: z.string(),
  platform: z.enum(PLATFORMS),
  username: z.string().nullable(),
  displayName: z.string().nullable(),
  externalId: z.string(),
  /** The customer's own id for this creator, as given when the connection started. */
  externalUserId: z.string().nullable(),
  avatarUrl: z.string().nullable(),
  status: z.enum(CREATOR_STATUSES),
  stats: CreatorStatsSchema,
  connectedAt: z.string(),
  lastSyncedAt: z.string().nullable(),
});
export type CreatorView = z.output<typeof CreatorViewSchema>;

export const CreatorProfileSchema = CreatorViewSchema.extend({
  bio: z.string().nullable(),
  verified: z.boolean(),
  profileUrl: z.string().nullable(),
  /** The permissions the creator granted on the platform. */
  scopes: z.array(z.string()),
});
export type CreatorProfile = z.output<typeof CreatorProfileSchema>;

export const StatsSnapshotViewSchema = z.object({
  capturedAt: z.string(),
  followers: z.number().nullable(),
  following: z.number().nullable(),
  likes: z.number().nullable(),
  videoCount: z.number().nullable(),
});
export type StatsSnapshotView = z.output<typeof StatsSnapshotViewSchema>;

export const StatsHistorySchema = z.object({
  from: z.string(),
  to: z.string(),
  items: z.array(StatsSnapshotViewSchema),
  /** Where to continue (`?from=`) when the range held more than `limit` snapshots; null otherwise. */
  nextFrom: z.string().nullable(),
});
export type StatsHistory = z.output<typeof StatsHistorySchema>;

export const VideoViewSchema = z.object({
  id: z.string(),
  /** The platform's id, as a string: TikTok ids exceed 2^53. */
  externalId: z.string(),
  title: z.string().nullable(),
  description: z.string().nullable(),
  views: z.number().nullable(),
  likes: z.number().nullable(),
  comments: z.number().nullable(),
  shares: z.number().nullable(),
  /** Seconds. */
  duration: z.number().nullable(),
  coverUrl: z.string().nullable(),
  shareUrl: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type VideoView = z.output<typeof VideoViewSchema>;
