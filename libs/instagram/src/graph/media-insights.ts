import { int64 } from '@tally/platform-kit';
import { z } from 'zod';

const metricSchema = z.object({
  name: z.string(),
  // `values: [{value}]` for lifetime metrics; `total_value: {value}` in the newer style.
  values: z.array(z.object({ value: int64.optional() })).optional(),
  total_value: z.object({ value: int64.optional() }).optional(),
});

/** `/<media-id>/insights?metric=views`; an empty `data` means "not available", not zero. */
export const insightsAnswerSchema = z.object({ data: z.array(metricSchema) });

export type InsightsAnswer = z.infer<typeof insightsAnswerSchema>;

/** The `views` metric's value, or null when Instagram has none for this media. */
export function viewsOf(answer: InsightsAnswer): number | null {
  const views = answer.data.find((metric) => metric.name === 'views');
  if (views === undefined) return null;
  return views.total_value?.value ?? views.values?.[0]?.value ?? null;
}
