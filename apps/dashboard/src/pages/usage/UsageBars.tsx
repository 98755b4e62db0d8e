import type { UsageReport } from '../../api/types';
import { formatWhole } from '../../lib/format';

const HEIGHT = 120;

/** Requests per bucket as bars, the refused part at their foot in the warning colour. */
export function UsageBars({
  series,
  bucketSeconds,
}: {
  series: UsageReport['series'];
  bucketSeconds: number;
}) {
  const max = Math.max(1, ...series.map((bucket) => bucket.requests));
  const width = 100 / Math.max(1, series.length);
  const hours = bucketSeconds / 3600;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 100 ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`Requests per ${hours === 1 ? 'hour' : `${hours} hours`}, highest ${formatWhole(max)}`}
        className="bars"
      >
        {series.map((bucket, index) => {
          const total = (bucket.requests / max) * HEIGHT;
          const refused = (bucket.refused / max) * HEIGHT;
          return (
            <g key={bucket.start}>
              <title>{`${new Date(bucket.start).toLocaleString()}: ${formatWhole(bucket.requests)} requests, ${formatWhole(bucket.refused)} refused`}</title>
              <rect
                className="bar"
                x={index * width + width * 0.1}
                width={width * 0.8}
                y={HEIGHT - total}
                height={total - refused}
              />
              <rect
                className="bar bar-refused"
                x={index * width + width * 0.1}
                width={width * 0.8}
                y={HEIGHT - refused}
                height={refused}
              />
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
