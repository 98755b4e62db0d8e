import type { Platform } from './platforms.js';

export const CREATOR_STATUSES = ['connected', 'reauth_required', 'disconnected'] as const;
export type CreatorStatus = (typeof CREATOR_STATUSES)[number];

/** The creator's latest counts; null until the first sync has read them. */
export interface CreatorStats {
  followers: number | null;
  following: number | null;
  likes: number | null;
  videoCount: number | null;
}

/** A connected creator as lists show it. */
export interface CreatorView {
  id: string;
  platform: Platform;
  username: string | null;
  displayName: string | null;
  externalId: string;
  /** The customer's own id for this creator, as given when the connection started. */
  externalUserId: string | null;
  avatarUrl: string | null;
  status: CreatorStatus;
  stats: CreatorStats;
  connectedAt: string;
  lastSyncedAt: string | null;
}

export interface CreatorProfile extends CreatorView {
  bio: string | null;
  verified: boolean;
  profileUrl: string | null;
  /** The permissions the creator granted on the platform. */
  scopes: string[];
}

export interface StatsSnapshotView {
  capturedAt: string;
  followers: number | null;
  following: number | null;
  likes: number | null;
  videoCount: number | null;
}

/** The most snapshots one `GET /api/v1/creators/:id/stats/history` answers with. */
export const MAX_HISTORY_POINTS = 1000;

export interface StatsHistory {
  from: string;
  to: string;
  items: StatsSnapshotView[];
  /** Where to continue (`?from=`) when the range held more than `limit` snapshots; null otherwise. */
  nextFrom: string | null;
}

export interface VideoView {
  id: string;
  /** The platform's id, as a string: TikTok ids exceed 2^53. */
  externalId: string;
  title: string | null;
  description: string | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  /** Seconds. */
  duration: number | null;
  coverUrl: string | null;
  shareUrl: string | null;
  publishedAt: string | null;
}
