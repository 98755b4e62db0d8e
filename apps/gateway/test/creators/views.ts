import type {
  CreatorProfile,
  CreatorView,
  StatsHistory,
  SyncStatusView,
  VideoView,
} from '@tally/contracts';
import { randomUUID } from 'node:crypto';

export function creatorView(overrides: Partial<CreatorView> = {}): CreatorView {
  return {
    id: randomUUID(),
    platform: 'TIKTOK',
    username: 'dancer',
    displayName: 'The Dancer',
    externalId: 'open-id-1',
    externalUserId: null,
    avatarUrl: null,
    status: 'connected',
    stats: { followers: 10, following: 2, likes: 100, videoCount: 3, totalViews: null },
    connectedAt: '2025-01-01T00:00:00.000Z',
    lastSyncedAt: '2025-01-02T00:00:00.000Z',
    ...overrides,
  };
}

export function creatorProfile(overrides: Partial<CreatorProfile> = {}): CreatorProfile {
  return {
    ...creatorView(),
    bio: 'Dancing.',
    verified: false,
    profileUrl: 'https://www.tiktok.com/@dancer',
    scopes: ['user.info.basic'],
    platformData: {},
    ...overrides,
  };
}

export function videoView(overrides: Partial<VideoView> = {}): VideoView {
  return {
    id: randomUUID(),
    externalId: '7300000000000000001',
    title: 'A dance',
    description: null,
    views: 1000,
    likes: 50,
    comments: 5,
    shares: 1,
    duration: 15,
    coverUrl: null,
    shareUrl: null,
    publishedAt: '2025-01-01T12:00:00.000Z',
    platformData: {},
    ...overrides,
  };
}

export function statsHistory(): StatsHistory {
  return {
    from: '2025-01-01T00:00:00.000Z',
    to: '2025-01-31T00:00:00.000Z',
    items: [
      {
        capturedAt: '2025-01-02T00:00:00.000Z',
        followers: 10,
        following: 2,
        likes: 100,
        videoCount: 3,
        totalViews: null,
      },
    ],
    nextFrom: null,
  };
}

export function syncStatusView(creatorId: string): SyncStatusView {
  return {
    creatorId,
    jobId: 'job-1',
    status: 'succeeded',
    trigger: 'manual',
    queuedAt: '2025-01-02T00:00:00.000Z',
    startedAt: '2025-01-02T00:00:01.000Z',
    finishedAt: '2025-01-02T00:00:05.000Z',
    videos: 3,
    error: null,
    lastSyncedAt: '2025-01-02T00:00:05.000Z',
  };
}
