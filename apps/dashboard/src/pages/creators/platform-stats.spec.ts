import { describe, expect, it } from 'vitest';
import type { CreatorProfile, StatsSnapshotView } from '../../api/types';
import { creatorStats, growthCharts } from './platform-stats';

const STATS = { followers: 1000, following: 20, likes: 5000, videoCount: 42, totalViews: 123456 };

function stats(
  platform: CreatorProfile['platform'],
  overrides: Partial<CreatorProfile['stats']> = {},
  platformData: CreatorProfile['platformData'] = {},
) {
  return creatorStats({ platform, stats: { ...STATS, ...overrides }, platformData }).map((stat) => [
    stat.label,
    stat.note ?? stat.value,
  ]);
}

describe('creatorStats', () => {
  it('shows the counts each platform gives, in its words', () => {
    expect(stats('TIKTOK')).toEqual([
      ['Followers', 1000],
      ['Following', 20],
      ['Likes', 5000],
      ['Videos', 42],
    ]);
    expect(stats('INSTAGRAM')).toEqual([
      ['Followers', 1000],
      ['Following', 20],
      ['Posts', 42],
    ]);
    expect(stats('YOUTUBE')).toEqual([
      ['Subscribers', 1000],
      ['Videos', 42],
      ['Total views', 123456],
    ]);
  });

  it('says the subscribers are hidden when the channel hides them', () => {
    expect(stats('YOUTUBE', { followers: null }, { hiddenSubscriberCount: true })[0]).toEqual([
      'Subscribers',
      'Hidden',
    ]);
    expect(stats('YOUTUBE', { followers: null })[0]).toEqual(['Subscribers', null]);
  });
});

describe('growthCharts', () => {
  const snapshot: StatsSnapshotView = { capturedAt: '2026-03-15T12:00:00.000Z', ...STATS };

  it('charts followers and the count that moves most on each platform', () => {
    const charted = (platform: CreatorProfile['platform']) =>
      growthCharts(platform).map((chart) => [chart.title, chart.pick(snapshot)]);
    expect(charted('TIKTOK')).toEqual([
      ['Followers', 1000],
      ['Likes', 5000],
    ]);
    expect(charted('INSTAGRAM')).toEqual([
      ['Followers', 1000],
      ['Posts', 42],
    ]);
    expect(charted('YOUTUBE')).toEqual([
      ['Subscribers', 1000],
      ['Total views', 123456],
    ]);
  });
});
