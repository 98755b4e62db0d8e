import { chartLayout, type Point } from '../lib/chart-scale';
import { formatCount, formatDate, formatDateTime, formatWhole } from '../lib/format';
import { TIME_AXIS_LIMIT, timeTicks } from '../lib/time-ticks';
import { useElementWidth } from '../lib/use-element-width';

export type ChartTone = 'accent' | 'danger' | 'warning';

export interface ChartSeries {
  name: string;
  points: Point[];
  tone?: ChartTone;
}

const HEIGHT = 200;
const LEFT = 46;
const RIGHT = 14;
const TOP = 10;
const BOTTOM = 36;
/** Room each time label needs, so that they never overlap. */
const TICK_SPACING = 84;
/** Past this many points a line reads better without its dots. */
const MAX_DOTS = 12;

/** Each moment of every series, oldest first, with each series' value then. */
function rows(series: ChartSeries[]): { time: number; values: (number | undefined)[] }[] {
  const times = [...new Set(series.flatMap((each) => each.points.map((point) => point.time)))];
  return times
    .sort((a, b) => a - b)
    .map((time) => ({
      time,
      values: series.map((each) => each.points.find((point) => point.time === time)?.value),
    }));
}

/**
 * A line chart drawn as SVG at the width it is given, so its labels stay
 * readable on a phone: time on the x axis (times of day over short spans,
 * dates over long ones), counts on the y axis, a legend when it draws more
 * than one series. Screen readers get the same numbers as a table.
 */
export function LineChart({
  title,
  series,
  titleHidden = false,
}: {
  title: string;
  series: ChartSeries[];
  /** The title is already on screen (a section heading): keep it for screen readers only. */
  titleHidden?: boolean;
}) {
  const [figure, measured] = useElementWidth<HTMLElement>(560);
  const width = Math.max(260, measured);
  const plotWidth = width - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const layout = chartLayout(
    series.map((each) => each.points),
    plotWidth,
    plotHeight,
  );
  const table = rows(series);
  const ticks = table.length
    ? timeTicks(layout.first, layout.last, Math.floor(plotWidth / TICK_SPACING))
    : [];
  const short = layout.last - layout.first < TIME_AXIS_LIMIT;
  const when = (time: number) => {
    const iso = new Date(time).toISOString();
    return short ? formatDateTime(iso) : formatDate(iso);
  };
  const summary = table.length
    ? `${title}: ${table.length} points from ${when(layout.first)} to ${when(layout.last)}`
    : `${title}: no points yet`;

  return (
    <figure className="chart" ref={figure}>
      <figcaption className={titleHidden ? 'visually-hidden' : undefined}>{title}</figcaption>
      {series.length > 1 && (
        <ul className="chart-legend" aria-hidden="true">
          {series.map((each) => (
            <li key={each.name}>
              <svg width="22" height="10" className={`chart-tone-${each.tone ?? 'accent'}`}>
                <line className="chart-line" x1="1" x2="21" y1="5" y2="5" />
              </svg>
              {each.name}
            </li>
          ))}
        </ul>
      )}
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width={width}
        height={HEIGHT}
        role="img"
        aria-label={summary}
      >
        <g transform={`translate(${LEFT},${TOP})`}>
          {layout.yTicks.map((tick) => (
            <g key={tick.value}>
              <line className="chart-grid" x1={0} x2={plotWidth} y1={tick.y} y2={tick.y} />
              <text className="chart-label" x={-8} y={tick.y + 4} textAnchor="end">
                {formatCount(tick.value)}
              </text>
            </g>
          ))}
          {ticks.map((tick) => {
            const x = layout.x(tick.time);
            const anchor = x < 24 ? 'start' : x > plotWidth - 24 ? 'end' : 'middle';
            return (
              <g key={tick.time} data-testid="chart-x-tick">
                <line className="chart-axis" x1={x} x2={x} y1={plotHeight} y2={plotHeight + 4} />
                <text className="chart-label" x={x} y={plotHeight + 16} textAnchor={anchor}>
                  {tick.label}
                  {tick.context && (
                    <tspan x={x} dy={13}>
                      {tick.context}
                    </tspan>
                  )}
                </text>
              </g>
            );
          })}
          {layout.series.map((geometry, index) => {
            const each = series[index];
            return (
              <g key={each.name} className={`chart-tone-${each.tone ?? 'accent'}`}>
                <path className="chart-line" d={geometry.path} fill="none" />
                {geometry.points.length <= MAX_DOTS &&
                  geometry.points.map(({ x, y, point }) => (
                    <circle key={point.time} className="chart-dot" cx={x} cy={y} r={3.5}>
                      <title>{`${formatDateTime(new Date(point.time).toISOString())}: ${formatWhole(point.value)} ${each.name.toLowerCase()}`}</title>
                    </circle>
                  ))}
              </g>
            );
          })}
        </g>
      </svg>
      {/* Hidden inside a box: a table keeps its content's width, even when told to be 1px wide. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              {series.map((each) => (
                <th key={each.name} scope="col">
                  {each.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.map((row) => (
              <tr key={row.time}>
                <th scope="row">{formatDateTime(new Date(row.time).toISOString())}</th>
                {row.values.map((value, index) => (
                  <td key={series[index].name}>{formatWhole(value)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
