import { RetrySchedule, WEBHOOK_RETRY_DELAYS_MS } from './retry-schedule.js';

describe('RetrySchedule', () => {
  it('waits about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: 8 attempts', () => {
    const schedule = new RetrySchedule(WEBHOOK_RETRY_DELAYS_MS, () => 0.5);
    expect(schedule.attempts).toBe(8);
    expect([1, 2, 3, 4, 5, 6, 7].map((failed) => schedule.delayAfter(failed))).toEqual([
      5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000,
    ]);
  });

  it('moves each wait by at most 10% either way', () => {
    const low = new RetrySchedule(WEBHOOK_RETRY_DELAYS_MS, () => 0);
    const high = new RetrySchedule(WEBHOOK_RETRY_DELAYS_MS, () => 0.999999);
    expect(low.delayAfter(2)).toBe(270_000);
    expect(high.delayAfter(2)).toBeCloseTo(330_000, -1);
    const random = new RetrySchedule();
    for (let i = 0; i < 100; i += 1) {
      const delay = random.delayAfter(1);
      expect(delay).toBeGreaterThanOrEqual(4_500);
      expect(delay).toBeLessThanOrEqual(5_500);
    }
  });

  it('keeps the last wait for attempts past the schedule', () => {
    const schedule = new RetrySchedule(WEBHOOK_RETRY_DELAYS_MS, () => 0.5);
    expect(schedule.delayAfter(12)).toBe(36_000_000);
  });

  it('scales for tests', () => {
    const schedule = RetrySchedule.scaled(0.001, () => 0.5);
    expect(schedule.delayAfter(1)).toBe(5);
    expect(schedule.delayAfter(7)).toBe(36_000);
  });
});
