import { z } from 'zod';

/** TikTok's page size: 10 unless asked, at most 20. */
export const DEFAULT_MAX_COUNT = 10;
export const MAX_COUNT = 20;

const int64 = z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]);

export const videoListBodySchema = z.object({
  cursor: int64.pipe(z.number().min(0)).optional(),
  max_count: int64
    .pipe(z.number().min(1).max(MAX_COUNT, `max_count must be between 1 and ${MAX_COUNT}.`))
    .default(DEFAULT_MAX_COUNT),
});

export const videoQueryBodySchema = z.object({
  filters: z.object({
    video_ids: z.array(z.string().min(1)).min(1).max(MAX_COUNT, `At most ${MAX_COUNT} video_ids.`),
  }),
});

/** The first problem zod found, in one line for an `invalid_params` message. */
export function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The request body is invalid.';
  const path = issue.path.join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
