import { usageWindow } from './usage-window.js';

const NOW = Date.parse('2026-03-08T10:17:00Z');
const seconds = (iso: string) => Date.parse(iso) / 1000;

describe('usageWindow', () => {
  it('reads the current hour and the 23 before it for 24h, one bucket per hour', () => {
    const window = usageWindow('24h', NOW);

    expect(window.hours).toHaveLength(24);
    expect(window.hours[0]).toBe(seconds('2026-03-07T11:00:00Z'));
    expect(window.hours[23]).toBe(seconds('2026-03-08T10:00:00Z'));
    expect(window).toMatchObject({ period: '24h', hoursPerBucket: 1, bucketSeconds: 3600 });
  });

  it('reads the current hour and the 167 before it for 7d, in buckets of 6 hours', () => {
    const window = usageWindow('7d', NOW);

    expect(window.hours).toHaveLength(168);
    expect(window.hours[0]).toBe(seconds('2026-03-01T11:00:00Z'));
    expect(window.hours[167]).toBe(seconds('2026-03-08T10:00:00Z'));
    expect(window).toMatchObject({ period: '7d', hoursPerBucket: 6, bucketSeconds: 21600 });
  });

  it('lists consecutive hours, oldest first', () => {
    const { hours } = usageWindow('7d', NOW);

    expect(hours.every((hour, index) => index === 0 || hour - hours[index - 1] === 3600)).toBe(
      true,
    );
  });
});
