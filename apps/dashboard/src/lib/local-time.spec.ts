import { describe, expect, it } from 'vitest';
import { formatUpcoming, formatWait } from './local-time';

// 2026-03-15 is a Sunday; Berlin is UTC+1 and Los Angeles UTC-7 (daylight time) that day.
const NOW = new Date('2026-03-15T12:00:00.000Z');

describe('formatUpcoming', () => {
  it('reads the time on the given clock, with its zone, as today', () => {
    expect(
      formatUpcoming(new Date('2026-03-15T19:00:00.000Z'), { now: NOW, timeZone: 'UTC' }),
    ).toBe('7:00 PM UTC today');
    expect(
      formatUpcoming(new Date('2026-03-15T19:00:00.000Z'), {
        now: NOW,
        timeZone: 'America/Los_Angeles',
      }),
    ).toBe('12:00 PM PDT today');
  });

  it('says tomorrow when the moment falls on the next day of that clock', () => {
    // Midnight Pacific time is 8:00 in Berlin the next morning.
    expect(
      formatUpcoming(new Date('2026-03-16T07:00:00.000Z'), { now: NOW, timeZone: 'Europe/Berlin' }),
    ).toBe('8:00 AM GMT+1 tomorrow');
  });

  it('gives the date when it is later than tomorrow', () => {
    expect(
      formatUpcoming(new Date('2026-03-18T07:00:00.000Z'), { now: NOW, timeZone: 'UTC' }),
    ).toBe('7:00 AM UTC on Mar 18');
  });
});

describe('formatWait', () => {
  it('counts seconds, then minutes, then about hours', () => {
    expect(formatWait(0.2)).toBe('in 1 second');
    expect(formatWait(45)).toBe('in 45 seconds');
    expect(formatWait(90)).toBe('in 2 minutes');
    expect(formatWait(61 * 60)).toBe('in 61 minutes');
    expect(formatWait(61 * 60 + 1)).toBe('in 62 minutes');
    expect(formatWait(90 * 60)).toBe('in about 2 hours');
    expect(formatWait(7 * 3600 + 10 * 60)).toBe('in about 7 hours');
    expect(formatWait(3600 * 1.5 - 1)).toBe('in 90 minutes');
  });
});
