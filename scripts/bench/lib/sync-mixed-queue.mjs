// The creator-sync queue as the mixed round watches it: when the backlog has
// settled (every job finished, or put off past the round by a platform's
// limit), which creators' jobs failed or were put off, and the scheduled
// syncs the round queues itself (as the workers' scheduler would).
import { join } from 'node:path';
import { ROOT } from '../../lib/env.mjs';

/** A job put off further than this is left for after the round (an hourly budget, a daily quota). */
export const PUT_OFF_PAST_ROUND_MS = 60_000;

const PENDING_STATES = ['active', 'waiting', 'prioritized', 'paused', 'waiting-children'];

/**
 * Whether nothing is left to run within the round: no job running or waiting,
 * and every delayed job due more than PUT_OFF_PAST_ROUND_MS from now.
 */
export async function backlogSettled(queue, now = Date.now()) {
  const counts = await queue.getJobCounts(...PENDING_STATES, 'delayed');
  if (PENDING_STATES.some((state) => counts[state] > 0)) return false;
  if (counts.delayed === 0) return true;
  const delayed = await queue.getJobs(['delayed']);
  return delayed.every((job) => job.timestamp + (job.delay ?? 0) > now + PUT_OFF_PAST_ROUND_MS);
}

/** Failed and delayed (put off) jobs per platform, read through each job's creator. */
export async function jobsByPlatform(queue, platformOf) {
  const count = async (state) => {
    const perPlatform = {};
    for (const job of await queue.getJobs([state])) {
      const platform = platformOf.get(job.data?.creatorId) ?? 'unknown';
      perPlatform[platform] = (perPlatform[platform] ?? 0) + 1;
    }
    return perPlatform;
  };
  return { failed: await count('failed'), putOff: await count('delayed') };
}

/** Failure reasons of the failed jobs (their last error), counted, for the report. */
export async function failureReasons(queue) {
  const reasons = {};
  for (const job of await queue.getJobs(['failed'])) {
    const reason = String(job.failedReason ?? 'unknown').slice(0, 120);
    reasons[reason] = (reasons[reason] ?? 0) + 1;
  }
  return reasons;
}

/**
 * Queues a scheduled full sync of each creator, the job the workers'
 * scheduler would queue (trigger `scheduled`: it follows YouTube's pacing line
 * and leaves the reserve), reading every page again.
 */
export async function queueScheduledSyncs(queue, creators, attempts = 5) {
  const { CreatorSyncJob, creatorSyncJobOptions } = await import(
    join(ROOT, 'libs/contracts/dist/index.js')
  );
  await queue.addBulk(
    creators.map(({ creatorId, accountId }) => {
      const data = { creatorId, accountId, trigger: 'scheduled', full: true };
      return {
        name: CreatorSyncJob.name,
        data,
        opts: creatorSyncJobOptions(data, { attempts }),
      };
    }),
  );
}
