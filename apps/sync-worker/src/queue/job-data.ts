import type { JobDataOf, JobDeclaration } from '@tally/contracts';
import { type Job, UnrecoverableError } from 'bullmq';

/** The job's data parsed with its declaration's schema; malformed data fails the job without retries. */
export function jobData<D extends JobDeclaration>(job: Job, declaration: D): JobDataOf<D> {
  const parsed = declaration.data.safeParse(job.data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(data)'}: ${issue.message}`,
    );
    throw new UnrecoverableError(`Invalid data for job "${job.name}": ${problems.join('; ')}`);
  }
  return parsed.data as JobDataOf<D>;
}
