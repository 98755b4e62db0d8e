export interface Point {
  time: number;
  value: number;
}

export interface ChartGeometry {
  path: string;
  points: { x: number; y: number; point: Point }[];
  yTicks: { y: number; value: number }[];
}

/**
 * 0..max in steps of 1, 2, 2.5 or 5 times a power of ten, and never below 1:
 * the values are counts, so a small series gets no "0.25" gridlines.
 */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const nice =
    [1, 2, 2.5, 5, 10]
      .map((factor) => factor * magnitude)
      .find((candidate) => candidate >= rough) ?? rough;
  const step = Math.max(1, nice);
  const ticks: number[] = [];
  for (let value = 0; value < max + step; value += step) ticks.push(value);
  return ticks;
}

/**
 * Where a series' points sit in a width × height box: time left to right,
 * values from zero up to the top tick. One point sits in the middle.
 */
export function chartGeometry(series: Point[], width: number, height: number): ChartGeometry {
  const sorted = [...series].sort((a, b) => a.time - b.time);
  const ticks = niceTicks(Math.max(0, ...sorted.map((point) => point.value)));
  const top = ticks[ticks.length - 1] || 1;
  const first = sorted[0]?.time ?? 0;
  const span = (sorted[sorted.length - 1]?.time ?? 0) - first;
  const points = sorted.map((point) => ({
    x: span === 0 ? width / 2 : ((point.time - first) / span) * width,
    y: height - (point.value / top) * height,
    point,
  }));
  const path = points
    .map(({ x, y }, index) => `${index === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`)
    .join(' ');
  return {
    path,
    points,
    yTicks: ticks.map((value) => ({ value, y: height - (value / top) * height })),
  };
}
