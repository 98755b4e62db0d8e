import { type Job, UnrecoverableError } from 'bullmq';
import { z } from 'zod';

/** The job's payload checked against its contract; malformed data fails the job without retries. */
export function jobData<T>(job: Job, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(job.data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(data)'}: ${issue.message}`,
    );
    throw new UnrecoverableError(`Invalid data for job "${job.name}": ${problems.join('; ')}`);
  }
  return parsed.data;
}
