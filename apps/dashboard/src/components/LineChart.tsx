import { chartGeometry, type Point } from '../lib/chart-scale';
import { formatCount, formatDate, formatWhole } from '../lib/format';

const WIDTH = 560;
const HEIGHT = 180;
const LEFT = 48;
const BOTTOM = 24;

/**
 * A small line chart drawn as SVG. Screen readers get the same numbers as a
 * table, so nothing is only visual.
 */
export function LineChart({ title, series }: { title: string; series: Point[] }) {
  const geometry = chartGeometry(series, WIDTH - LEFT - 8, HEIGHT - BOTTOM - 8);
  const first = series[0];
  const last = series[series.length - 1];
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`${title}: ${series.length} points from ${formatDate(first ? new Date(first.time).toISOString() : null)} to ${formatDate(last ? new Date(last.time).toISOString() : null)}`}
      >
        <g transform={`translate(${LEFT},8)`}>
          {geometry.yTicks.map((tick) => (
            <g key={tick.value}>
              <line className="chart-grid" x1={0} x2={WIDTH - LEFT - 8} y1={tick.y} y2={tick.y} />
              <text className="chart-label" x={-8} y={tick.y + 4} textAnchor="end">
                {formatCount(tick.value)}
              </text>
            </g>
          ))}
          <path className="chart-line" d={geometry.path} fill="none" />
          {geometry.points.map(({ x, y, point }) => (
            <circle key={point.time} className="chart-dot" cx={x} cy={y} r={3}>
              <title>{`${formatDate(new Date(point.time).toISOString())}: ${formatWhole(point.value)}`}</title>
            </circle>
          ))}
        </g>
        {first && (
          <text className="chart-label" x={LEFT} y={HEIGHT - 4}>
            {formatDate(new Date(first.time).toISOString())}
          </text>
        )}
        {last && last !== first && (
          <text className="chart-label" x={WIDTH - 8} y={HEIGHT - 4} textAnchor="end">
            {formatDate(new Date(last.time).toISOString())}
          </text>
        )}
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <tbody>
          {series.map((point) => (
            <tr key={point.time}>
              <th scope="row">{formatDate(new Date(point.time).toISOString())}</th>
              <td>{formatWhole(point.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
