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

export interface SeriesGeometry {
  path: string;
  points: { x: number; y: number; point: Point }[];
}

export interface ChartLayout {
  series: SeriesGeometry[];
  yTicks: { y: number; value: number }[];
  /** The time at the left edge and the one at the right edge (equal for a single moment). */
  first: number;
  last: number;
  /** Where a time sits left to right. */
  x: (time: number) => number;
}

/**
 * Where several series' points sit in one width × height box, on shared
 * axes: time left to right over every series' span, values from zero up to
 * the top tick of the largest value. A single moment sits in the middle.
 */
export function chartLayout(series: Point[][], width: number, height: number): ChartLayout {
  const sorted = series.map((points) => [...points].sort((a, b) => a.time - b.time));
  const all = sorted.flat();
  const ticks = niceTicks(Math.max(0, ...all.map((point) => point.value)));
  const top = ticks[ticks.length - 1] || 1;
  const first = all.length ? Math.min(...all.map((point) => point.time)) : 0;
  const last = all.length ? Math.max(...all.map((point) => point.time)) : 0;
  const span = last - first;
  const x = (time: number) => (span === 0 ? width / 2 : ((time - first) / span) * width);
  return {
    series: sorted.map((points) => {
      const placed = points.map((point) => ({
        x: x(point.time),
        y: height - (point.value / top) * height,
        point,
      }));
      return {
        points: placed,
        path: placed
          .map(
            ({ x: px, y }, index) => `${index === 0 ? 'M' : 'L'}${px.toFixed(1)},${y.toFixed(1)}`,
          )
          .join(' '),
      };
    }),
    yTicks: ticks.map((value) => ({ value, y: height - (value / top) * height })),
    first,
    last,
    x,
  };
}

/** One series' geometry: `chartLayout` of that series alone. */
export function chartGeometry(series: Point[], width: number, height: number): ChartGeometry {
  const layout = chartLayout([series], width, height);
  return { ...layout.series[0], yTicks: layout.yTicks };
}
