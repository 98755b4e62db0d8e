import fc from 'fast-check';
import {
  QuotaExhaustedError,
  SCHEDULED_LEAD_MS,
  quotaDayAt,
  scheduledCap,
  scheduledCapReaches,
  type QuotaDay,
} from './daily-unit-quota.js';

const HOUR = 3_600_000;
const at = (iso: string): number => Date.parse(iso);

// Midnights in America/Los_Angeles around 2026's changes of daylight-saving
// time: 2 a.m. PST becomes 3 a.m. PDT on March 8 (a day of 23 hours) and
// 2 a.m. PDT becomes 1 a.m. PST on November 1 (25 hours).
const PACIFIC_MIDNIGHTS = [
  '2026-03-07T08:00:00Z',
  '2026-03-08T08:00:00Z',
  '2026-03-09T07:00:00Z',
  '2026-03-10T07:00:00Z',
  '2026-10-31T07:00:00Z',
  '2026-11-01T07:00:00Z',
  '2026-11-02T08:00:00Z',
  '2026-11-03T08:00:00Z',
].map(at);

/** YouTube's reset (nextQuotaReset of @tally/youtube) on the days above. */
function nextPacificMidnight(now: Date): Date {
  const next = PACIFIC_MIDNIGHTS.find((midnight) => midnight > now.getTime());
  if (next === undefined) throw new Error(`no midnight after ${now.toISOString()} in the table`);
  return new Date(next);
}

describe('quotaDayAt', () => {
  it('runs from the last reset to the next on an ordinary day', () => {
    expect(quotaDayAt(at('2026-03-07T20:00:00Z'), nextPacificMidnight)).toEqual({
      start: at('2026-03-07T08:00:00Z'),
      end: at('2026-03-08T08:00:00Z'),
    });
  });

  it('lasts 23 hours on the day clocks go forward and 25 on the day they go back', () => {
    const spring = quotaDayAt(at('2026-03-08T19:00:00Z'), nextPacificMidnight);
    const autumn = quotaDayAt(at('2026-11-01T20:00:00Z'), nextPacificMidnight);

    expect(spring).toEqual({ start: at('2026-03-08T08:00:00Z'), end: at('2026-03-09T07:00:00Z') });
    expect(spring.end - spring.start).toBe(23 * HOUR);
    expect(autumn).toEqual({ start: at('2026-11-01T07:00:00Z'), end: at('2026-11-02T08:00:00Z') });
    expect(autumn.end - autumn.start).toBe(25 * HOUR);
  });

  it('starts a new day at the reset itself', () => {
    expect(quotaDayAt(at('2026-03-09T07:00:00Z'), nextPacificMidnight)).toEqual({
      start: at('2026-03-09T07:00:00Z'),
      end: at('2026-03-10T07:00:00Z'),
    });
    expect(quotaDayAt(at('2026-03-09T06:59:59.999Z'), nextPacificMidnight).start).toBe(
      at('2026-03-08T08:00:00Z'),
    );
  });

  it('refuses a reset that does not come daily', () => {
    const hourly = (now: Date): Date => new Date((Math.floor(now.getTime() / HOUR) + 1) * HOUR);
    expect(() => quotaDayAt(at('2026-03-07T20:30:00Z'), hourly)).toThrow(/does not reset daily/);
  });
});

describe('scheduledCap (the pacing line)', () => {
  const ordinary: QuotaDay = { start: 0, end: 24 * HOUR };

  it('allows one hour’s share at the reset, then rises evenly to the budget an hour before the next', () => {
    // 9 000 units over 24 hours: 375 an hour.
    expect(scheduledCap(ordinary, 9_000, 0)).toBe(375);
    expect(scheduledCap(ordinary, 9_000, HOUR / 2)).toBe(562);
    expect(scheduledCap(ordinary, 9_000, 12 * HOUR)).toBe(4_875);
    expect(scheduledCap(ordinary, 9_000, 23 * HOUR - 1)).toBe(8_999);
    expect(scheduledCap(ordinary, 9_000, 23 * HOUR)).toBe(9_000);
    expect(scheduledCap(ordinary, 9_000, 24 * HOUR - 1)).toBe(9_000);
  });

  it('spreads the budget over 23 hours on March 8 and 25 on November 1 (Pacific time)', () => {
    const spring = quotaDayAt(at('2026-03-08T19:00:00Z'), nextPacificMidnight);
    const autumn = quotaDayAt(at('2026-11-01T20:00:00Z'), nextPacificMidnight);

    // 2 300 units over 23 hours and 2 500 over 25: 100 an hour. Noon PDT on March 8
    // is 11 hours into the day, noon PST on November 1 is 13.
    expect(scheduledCap(spring, 2_300, at('2026-03-08T08:00:00Z'))).toBe(100);
    expect(scheduledCap(spring, 2_300, at('2026-03-08T19:00:00Z'))).toBe(1_200);
    expect(scheduledCap(spring, 2_300, at('2026-03-09T06:00:00Z'))).toBe(2_300);
    expect(scheduledCap(autumn, 2_500, at('2026-11-01T07:00:00Z'))).toBe(100);
    expect(scheduledCap(autumn, 2_500, at('2026-11-01T20:00:00Z'))).toBe(1_400);
    expect(scheduledCap(autumn, 2_500, at('2026-11-02T07:00:00Z'))).toBe(2_500);
  });

  it('allows nothing when the whole day is reserved', () => {
    expect(scheduledCap(ordinary, 0, 20 * HOUR)).toBe(0);
  });
});

describe('scheduledCapReaches', () => {
  it('is the first millisecond at which the line covers the units', () => {
    const day: QuotaDay = { start: 1_000, end: 1_000 + 24 * HOUR };
    // 800 units over 24 hours: the 34th unit is covered 34 × 108 s after the reset, less the hour's lead.
    expect(scheduledCapReaches(day, 800, 34)).toBe(1_000 + 34 * 108_000 - SCHEDULED_LEAD_MS);
    expect(scheduledCapReaches(day, 800, 33)).toBe(1_000);
    expect(scheduledCapReaches(day, 800, 800)).toBe(day.start + 23 * HOUR);
  });

  it('is undefined when the units do not fit in the budget today', () => {
    expect(scheduledCapReaches({ start: 0, end: 24 * HOUR }, 800, 801)).toBeUndefined();
    expect(scheduledCapReaches({ start: 0, end: 24 * HOUR }, 0, 1)).toBeUndefined();
  });

  it('agrees with scheduledCap on days of 23, 24 and 25 hours, whatever the budget', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 23, max: 25 }),
        fc.integer({ min: 0, max: 2_000_000_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (hours, start, budget, share) => {
          const day: QuotaDay = { start, end: start + hours * HOUR };
          const units = Math.max(1, Math.ceil(budget * share));
          const reaches = scheduledCapReaches(day, budget, units);

          expect(reaches).toBeDefined();
          const when = reaches as number;
          expect(when).toBeGreaterThanOrEqual(day.start);
          expect(when).toBeLessThan(day.end);
          expect(scheduledCap(day, budget, when)).toBeGreaterThanOrEqual(units);
          if (when > day.start) expect(scheduledCap(day, budget, when - 1)).toBeLessThan(units);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('QuotaExhaustedError', () => {
  it('tells when to try again, in whole seconds rounded up', () => {
    const now = new Date('2026-03-08T19:00:00Z');
    const paced = new QuotaExhaustedError(
      'youtube',
      'scheduled',
      { retryAt: new Date(now.getTime() + 72_001), exhausted: false },
      now,
    );
    const spent = new QuotaExhaustedError(
      'youtube',
      'requested',
      { retryAt: new Date('2026-03-09T07:00:00Z'), exhausted: true },
      now,
    );

    expect(paced).toBeInstanceOf(Error);
    expect(paced).toMatchObject({
      name: 'QuotaExhaustedError',
      retryAfterSeconds: 73,
      exhausted: false,
    });
    expect(paced.message).toMatch(/scheduled work has spent its share/);
    expect(spent).toMatchObject({
      retryAfterSeconds: 12 * 3_600,
      priority: 'requested',
      exhausted: true,
    });
    expect(spent.message).toMatch(
      /no requested units left until it resets at 2026-03-09T07:00:00.000Z/,
    );
  });

  it('asks for at least a second', () => {
    const now = new Date(0);
    const error = new QuotaExhaustedError(
      'youtube',
      'requested',
      { retryAt: now, exhausted: true },
      now,
    );
    expect(error.retryAfterSeconds).toBe(1);
  });
});
