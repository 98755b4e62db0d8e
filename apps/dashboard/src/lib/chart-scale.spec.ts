import { describe, expect, it } from 'vitest';
import { chartGeometry, chartLayout, niceTicks } from './chart-scale';
import { formatCount } from './format';

describe('niceTicks', () => {
  it('falls back to 0..1 without a positive maximum', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(-5)).toEqual([0, 1]);
  });

  it('steps by 1, 2, 2.5 or 5 times a power of ten, up to the first tick at or over max', () => {
    expect(niceTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(101)).toEqual([0, 50, 100, 150]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(40)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(41)).toEqual([0, 20, 40, 60]);
    expect(niceTicks(1234)).toEqual([0, 500, 1000, 1500]);
    expect(niceTicks(1_000_000)).toEqual([0, 250_000, 500_000, 750_000, 1_000_000]);
  });

  it('takes another count of ticks', () => {
    expect(niceTicks(100, 2)).toEqual([0, 50, 100]);
    expect(niceTicks(100, 10)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });

  it('always reaches max, with evenly spaced ticks', () => {
    for (const max of [1, 2, 3, 9, 11, 99, 250, 999, 12345, 987654]) {
      const ticks = niceTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
      expect(ticks[ticks.length - 2]).toBeLessThan(max);
      const step = ticks[1];
      ticks.forEach((tick, index) => expect(tick).toBeCloseTo(index * step, 9));
    }
  });

  it('never steps below 1: the values are counts', () => {
    expect(niceTicks(1)).toEqual([0, 1]);
    expect(niceTicks(2)).toEqual([0, 1, 2]);
    expect(niceTicks(0.5)).toEqual([0, 1]);
  });

  it('labels every gridline of a small whole-number series with its own value', () => {
    for (const max of [1, 2]) {
      for (const tick of niceTicks(max)) expect(formatCount(tick)).toBe(String(tick));
    }
  });
});

describe('chartGeometry', () => {
  const day = 24 * 3600 * 1000;
  const t0 = Date.UTC(2026, 2, 1);

  it('spreads time over the width and values from 0 to the top tick', () => {
    const geometry = chartGeometry(
      [
        { time: t0, value: 0 },
        { time: t0 + day, value: 50 },
        { time: t0 + 4 * day, value: 100 },
      ],
      400,
      100,
    );
    expect(geometry.points.map(({ x, y }) => [x, y])).toEqual([
      [0, 100],
      [100, 50],
      [400, 0],
    ]);
    expect(geometry.path).toBe('M0.0,100.0 L100.0,50.0 L400.0,0.0');
    expect(geometry.yTicks).toEqual([
      { value: 0, y: 100 },
      { value: 25, y: 75 },
      { value: 50, y: 50 },
      { value: 75, y: 25 },
      { value: 100, y: 0 },
    ]);
  });

  it('scales to the top tick, not to the largest value', () => {
    const geometry = chartGeometry(
      [
        { time: t0, value: 60 },
        { time: t0 + day, value: 101 },
      ],
      200,
      150,
    );
    expect(geometry.yTicks.map((tick) => tick.value)).toEqual([0, 50, 100, 150]);
    expect(geometry.points.map(({ y }) => y)).toEqual([90, 150 - (101 / 150) * 150]);
    expect(geometry.path).toBe('M0.0,90.0 L200.0,49.0');
  });

  it('sorts the points by time first', () => {
    const late = { time: t0 + 2 * day, value: 10 };
    const early = { time: t0, value: 30 };
    const middle = { time: t0 + day, value: 20 };
    const geometry = chartGeometry([late, early, middle], 200, 100);
    expect(geometry.points.map(({ point }) => point)).toEqual([early, middle, late]);
    expect(geometry.points.map(({ x }) => x)).toEqual([0, 100, 200]);
    expect(geometry.path.startsWith('M0.0,')).toBe(true);
  });

  it('puts a single point in the middle', () => {
    const geometry = chartGeometry([{ time: t0, value: 8 }], 300, 100);
    expect(geometry.points).toHaveLength(1);
    expect(geometry.points[0].x).toBe(150);
    expect(geometry.points[0].y).toBe(0); // 8 is the top tick: 0, 2, 4, 6, 8
    expect(geometry.path).toBe('M150.0,0.0');
  });

  it('draws nothing for no points, with a 0..1 axis', () => {
    expect(chartGeometry([], 300, 100)).toEqual({
      path: '',
      points: [],
      yTicks: [
        { value: 0, y: 100 },
        { value: 1, y: 0 },
      ],
    });
  });

  it('lays an all-zero series on the bottom line', () => {
    const geometry = chartGeometry(
      [
        { time: t0, value: 0 },
        { time: t0 + day, value: 0 },
      ],
      100,
      50,
    );
    expect(geometry.points.map(({ y }) => y)).toEqual([50, 50]);
  });
});

describe('chartLayout', () => {
  const hour = 3600 * 1000;
  const t0 = Date.UTC(2026, 2, 15);

  it('puts several series on one time axis and one value axis', () => {
    const layout = chartLayout(
      [
        [
          { time: t0, value: 10 },
          { time: t0 + 2 * hour, value: 40 },
        ],
        [
          { time: t0 + hour, value: 2 },
          { time: t0 + 4 * hour, value: 0 },
        ],
      ],
      400,
      100,
    );
    expect(layout.first).toBe(t0);
    expect(layout.last).toBe(t0 + 4 * hour);
    expect(layout.yTicks.map((tick) => tick.value)).toEqual([0, 10, 20, 30, 40]);
    expect(layout.series.map((line) => line.points.map(({ x, y }) => [x, y]))).toEqual([
      [
        [0, 75],
        [200, 0],
      ],
      [
        [100, 95],
        [400, 100],
      ],
    ]);
    expect(layout.x(t0 + 3 * hour)).toBe(300);
  });

  it('keeps an empty series empty beside the others', () => {
    const layout = chartLayout([[{ time: t0, value: 3 }], []], 200, 100);
    expect(layout.series[1]).toEqual({ path: '', points: [] });
    expect(layout.series[0].points[0].x).toBe(100);
  });
});
