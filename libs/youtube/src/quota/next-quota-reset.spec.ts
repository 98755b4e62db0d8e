import { nextQuotaReset, secondsUntilQuotaReset } from './next-quota-reset.js';

const at = (iso: string) => new Date(iso);

describe('nextQuotaReset', () => {
  it('is the coming midnight of Pacific Standard Time (UTC-8) in winter', () => {
    // 19:38 PST on December 6th.
    expect(nextQuotaReset(at('2026-12-07T03:38:00Z'))).toEqual(at('2026-12-07T08:00:00Z'));
  });

  it('is the coming midnight of Pacific Daylight Time (UTC-7) in summer', () => {
    expect(nextQuotaReset(at('2026-07-01T12:00:00Z'))).toEqual(at('2026-07-02T07:00:00Z'));
  });

  it('is the next day when it is midnight exactly', () => {
    expect(nextQuotaReset(at('2026-12-07T08:00:00Z'))).toEqual(at('2026-12-08T08:00:00Z'));
  });

  it('follows the spring change: the midnight before it is PST, the one after PDT', () => {
    // Clocks go forward at 02:00 on Sunday March 8th, 2026.
    expect(nextQuotaReset(at('2026-03-07T12:00:00Z'))).toEqual(at('2026-03-08T08:00:00Z'));
    expect(nextQuotaReset(at('2026-03-08T12:00:00Z'))).toEqual(at('2026-03-09T07:00:00Z'));
  });

  it('follows the autumn change: the midnight before it is PDT, the one after PST', () => {
    // Clocks go back at 02:00 on Sunday November 1st, 2026.
    expect(nextQuotaReset(at('2026-10-31T12:00:00Z'))).toEqual(at('2026-11-01T07:00:00Z'));
    expect(nextQuotaReset(at('2026-11-01T12:00:00Z'))).toEqual(at('2026-11-02T08:00:00Z'));
  });

  it('crosses the end of a month and of a year', () => {
    expect(nextQuotaReset(at('2026-12-31T20:00:00Z'))).toEqual(at('2027-01-01T08:00:00Z'));
  });

  it('is the day after for a UTC instant already past Pacific midnight', () => {
    // 00:30 UTC on January 1st is still 16:30 on December 31st in Los Angeles.
    expect(nextQuotaReset(at('2027-01-01T00:30:00Z'))).toEqual(at('2027-01-01T08:00:00Z'));
  });
});

describe('secondsUntilQuotaReset', () => {
  it('counts whole seconds to the reset, rounding up', () => {
    expect(secondsUntilQuotaReset(at('2026-12-07T07:59:58.500Z'))).toBe(2);
  });
});
