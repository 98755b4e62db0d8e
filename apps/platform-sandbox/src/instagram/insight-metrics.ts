import { type GraphError, invalidParameter } from './graph-errors.js';
import { INSIGHT_METRICS, type InsightMetric } from './media-insights.js';

export type InsightMetricsParameter =
  { ok: true; metrics: InsightMetric[] } | { ok: false; error: GraphError };

const TITLES: Record<InsightMetric, { title: string; description: string }> = {
  views: { title: 'Views', description: 'The number of times the media was played or displayed.' },
  reach: {
    title: 'Accounts reached',
    description: 'The number of unique accounts that saw the media.',
  },
  likes: { title: 'Likes', description: 'The number of likes on the media.' },
  comments: { title: 'Comments', description: 'The number of comments on the media.' },
  saved: { title: 'Saves', description: 'The number of saves of the media.' },
  shares: { title: 'Shares', description: 'The number of shares of the media.' },
  total_interactions: {
    title: 'Interactions',
    description: 'The number of likes, saves, comments and shares on the media.',
  },
};

function isInsightMetric(name: string): name is InsightMetric {
  return (INSIGHT_METRICS as readonly string[]).includes(name);
}

/**
 * The `metric` parameter: required, comma-separated, duplicates answered once.
 * A name Instagram does not know for media is `(#100) metric[i] must be one of...`.
 */
export function insightMetricsParameter(raw: string | undefined): InsightMetricsParameter {
  const names = (raw ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0) {
    return { ok: false, error: invalidParameter('(#100) The parameter metric is required') };
  }
  const unknown = names.findIndex((name) => !isInsightMetric(name));
  if (unknown !== -1) {
    return {
      ok: false,
      error: invalidParameter(
        `(#100) metric[${unknown}] must be one of the following values: ${INSIGHT_METRICS.join(', ')}`,
      ),
    };
  }
  return { ok: true, metrics: [...new Set(names.filter(isInsightMetric))] };
}

/** One metric as Graph's insights edge answers it: a lifetime value in `values`. */
export function insightNode(mediaId: string, metric: InsightMetric, value: number) {
  return {
    name: metric,
    period: 'lifetime',
    values: [{ value }],
    ...TITLES[metric],
    id: `${mediaId}/insights/${metric}/lifetime`,
  };
}
