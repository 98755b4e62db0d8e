import { describe, expect, it } from 'vitest';
import type { PlatformQuotaView } from '../../api/types';
import { quotaBar, splitPlatforms } from './platform-quota';

function quota(overrides: Partial<PlatformQuotaView> = {}): PlatformQuotaView {
  return {
    unitsPerDay: 10_000,
    used: 3_400,
    remaining: 6_600,
    reserve: 1_000,
    resetsAt: '2026-03-16T07:00:00.000Z',
    ...overrides,
  };
}

describe('quotaBar', () => {
  it('fills the bar with the units spent and marks where the reserve starts', () => {
    expect(quotaBar(quota())).toEqual({
      usedShare: 0.34,
      reserveStart: 0.9,
      percent: 34,
      state: 'fine',
      usedText: '3,400 of 10,000 units used today',
      remainingText: '6,600 left',
      reserveText:
        'The last 1,000 units are kept for syncs you ask for, new connections and lookups: scheduled syncs stop at 9,000.',
    });
  });

  it('says when only the reserve is left, and when nothing is', () => {
    expect(quotaBar(quota({ used: 9_000, remaining: 1_000 })).state).toBe('reserve');
    expect(quotaBar(quota({ used: 9_999, remaining: 1 }))).toMatchObject({
      state: 'reserve',
      percent: 99,
    });
    expect(quotaBar(quota({ used: 10_000, remaining: 0 }))).toMatchObject({
      state: 'spent',
      usedShare: 1,
      percent: 100,
    });
  });

  it('keeps the bar within its ends when the counts overshoot or the quota is empty', () => {
    expect(quotaBar(quota({ used: 10_250, remaining: 0 })).usedShare).toBe(1);
    expect(quotaBar(quota({ reserve: 20_000 })).reserveStart).toBe(0);
    expect(quotaBar(quota({ unitsPerDay: 0, used: 0, remaining: 0, reserve: 0 }))).toMatchObject({
      usedShare: 0,
      reserveStart: 0,
      state: 'spent',
    });
  });
});

describe('splitPlatforms', () => {
  it('draws the platforms with a daily quota and lists the others in words', () => {
    const split = splitPlatforms({
      platforms: [
        { platform: 'TIKTOK', limit: '600 calls per minute per endpoint', quota: null },
        { platform: 'INSTAGRAM', limit: '200 calls per hour per creator', quota: null },
        { platform: 'YOUTUBE', limit: '10000 units per day', quota: quota() },
      ],
    });
    expect(split.quotas).toEqual([
      { platform: 'YOUTUBE', name: 'YouTube', limit: '10000 units per day', quota: quota() },
    ]);
    expect(split.limits).toEqual([
      { platform: 'TIKTOK', name: 'TikTok', limit: '600 calls per minute per endpoint' },
      { platform: 'INSTAGRAM', name: 'Instagram', limit: '200 calls per hour per creator' },
    ]);
  });
});
