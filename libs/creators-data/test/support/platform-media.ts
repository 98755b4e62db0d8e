import type { PlatformMedia } from '@tally/platform-kit';
import { randomUUID } from 'node:crypto';

/** A video as a platform client maps it, with a platform id of its own on each call. */
export function platformMedia(overrides: Partial<PlatformMedia> = {}): PlatformMedia {
  return {
    externalId: `v-${randomUUID().slice(0, 8)}`,
    title: 'Building a parser',
    description: null,
    permalink: 'https://www.youtube.com/watch?v=abc',
    thumbnailUrl: null,
    publishedAt: new Date('2026-05-01T10:00:00.000Z'),
    durationSeconds: 754,
    views: 1200,
    likes: 80,
    comments: 7,
    shares: null,
    platformData: {},
    ...overrides,
  };
}
