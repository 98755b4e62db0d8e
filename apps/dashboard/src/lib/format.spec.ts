import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatDuration,
  formatRelative,
  formatWhole,
} from './format';

describe('formatCount', () => {
  it('abbreviates large counts to one decimal', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1K');
    expect(formatCount(1234)).toBe('1.2K');
    expect(formatCount(1234567)).toBe('1.2M');
    expect(formatCount(2_500_000_000)).toBe('2.5B');
  });

  it('shows a dash for a count not read yet', () => {
    expect(formatCount(null)).toBe('—');
    expect(formatCount(undefined)).toBe('—');
  });
});

describe('formatWhole', () => {
  it('groups thousands', () => {
    expect(formatWhole(0)).toBe('0');
    expect(formatWhole(1234567)).toBe('1,234,567');
    expect(formatWhole(null)).toBe('—');
    expect(formatWhole(undefined)).toBe('—');
  });
});

describe('formatDate and formatDateTime', () => {
  // Built from local parts, so that the expectation holds in any time zone.
  const local = new Date(2026, 2, 15, 14, 5).toISOString();

  it('writes a medium date', () => {
    expect(formatDate(local)).toBe('Mar 15, 2026');
  });

  it('adds the local time', () => {
    expect(formatDateTime(local)).toMatch(/^Mar 15, 2026,?\s+2:05\sPM$/);
  });

  it('shows a dash without a date', () => {
    for (const empty of [null, undefined, '']) {
      expect(formatDate(empty)).toBe('—');
      expect(formatDateTime(empty)).toBe('—');
    }
  });
});

describe('formatRelative', () => {
  const now = new Date('2026-03-15T12:00:00.000Z');
  const at = (seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString();

  it('says "never" without a date', () => {
    expect(formatRelative(null, now)).toBe('never');
    expect(formatRelative(undefined, now)).toBe('never');
  });

  it('says "just now" under a minute either way', () => {
    expect(formatRelative(at(0), now)).toBe('just now');
    expect(formatRelative(at(-59), now)).toBe('just now');
    expect(formatRelative(at(59), now)).toBe('just now');
  });

  it('uses the largest whole unit, rounding toward zero', () => {
    expect(formatRelative(at(-60), now)).toBe('1 minute ago');
    expect(formatRelative(at(-119), now)).toBe('1 minute ago');
    expect(formatRelative(at(-3 * 3600), now)).toBe('3 hours ago');
    expect(formatRelative(at(-(3 * 3600 + 3599)), now)).toBe('3 hours ago');
    expect(formatRelative(at(-24 * 3600), now)).toBe('yesterday');
    expect(formatRelative(at(5 * 24 * 3600), now)).toBe('in 5 days');
    expect(formatRelative(at(-14 * 24 * 3600), now)).toBe('2 weeks ago');
    expect(formatRelative(at(-30 * 24 * 3600), now)).toBe('last month');
    expect(formatRelative(at(2 * 365 * 24 * 3600), now)).toBe('in 2 years');
  });

  it('defaults to the current time', () => {
    expect(formatRelative(new Date().toISOString())).toBe('just now');
  });
});

describe('formatDuration', () => {
  it('writes minutes and seconds, and hours when there are any', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(5)).toBe('0:05');
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(3599)).toBe('59:59');
    expect(formatDuration(3600)).toBe('1:00:00');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(36000 + 59)).toBe('10:00:59');
  });

  it('drops fractions of a second', () => {
    expect(formatDuration(65.9)).toBe('1:05');
  });

  it('shows a dash without a duration', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(undefined)).toBe('—');
  });
});
