import { SandboxClock } from '../state/sandbox-clock.js';
import { DailyQuota, nextPacificMidnight, pacificDay } from './daily-quota.js';

describe('pacific quota days', () => {
  it('turns the day at 08:00 UTC in winter and 07:00 UTC in summer', () => {
    expect(pacificDay(Date.parse('2026-11-25T07:59:59Z'))).toBe('2026-11-24');
    expect(pacificDay(Date.parse('2026-11-25T08:00:00Z'))).toBe('2026-11-25');
    expect(new Date(nextPacificMidnight(Date.parse('2026-07-01T12:00:00Z'))).toISOString()).toBe(
      '2026-07-02T07:00:00.000Z',
    );
  });
});

describe('DailyQuota', () => {
  it('spends units until the limit, then refuses without spending, and renews the next day', () => {
    let now = Date.parse('2026-11-24T12:00:00Z');
    const quota = new DailyQuota(new SandboxClock(() => now), () => 2);

    const spent = [quota.spend(1), quota.spend(1), quota.spend(1)];
    now = Date.parse('2026-11-25T08:00:00Z');

    expect(spent).toEqual([true, true, false]);
    expect(quota.spend(1)).toBe(true);
    expect(quota.use()).toMatchObject({ day: '2026-11-25', used: 1, limit: 2 });
  });
});
