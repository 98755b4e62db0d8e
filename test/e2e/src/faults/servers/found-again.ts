import { Queues } from '@tally/contracts';
import { QueueFactory } from '@tally/creators-data';
import { waitFor } from '@tally/testing';
import type { Job } from 'bullmq';
import type { AcknowledgedSync } from './acknowledged-work.js';
import type { Platform } from '../../platform.js';

type Headers = Record<string, string>;

interface Page {
  items: { id: string }[];
  nextCursor: string | null;
}

/** Every id of a paginated list, following `nextCursor` to the end. */
async function listedIds(platform: Platform, path: string, headers: Headers): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  do {
    const query: string = `?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await platform.get(`${path}${query}`, headers);
    if (response.status !== 200)
      throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    const page = ((await response.json()) as { data: Page }).data;
    for (const item of page.items) ids.add(item.id);
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

/** The ids that the list at `path` does not hold. */
export async function missingFromList(
  platform: Platform,
  path: string,
  headers: Headers,
  ids: Iterable<string>,
): Promise<string[]> {
  const listed = await listedIds(platform, path, headers);
  return [...ids].filter((id) => !listed.has(id));
}

/**
 * The job acknowledged, not another one under its id: a Redis that lost its
 * data counts job ids from 1 again, and a new job would take a lost one's id.
 */
function isTheAcknowledgedJob(job: Job | undefined, sync: AcknowledgedSync): job is Job {
  const data = job?.data as { creatorId?: string } | undefined;
  return (
    job !== undefined && data?.creatorId === sync.creatorId && job.timestamp <= sync.acknowledgedAt
  );
}

/**
 * Waits for the sync jobs to complete, straight from BullMQ in the test's Redis;
 * returns those that did not, with their state ("missing" for a job that is gone).
 */
export async function unfinishedSyncJobs(
  redis: { url: string; keyPrefix: string },
  syncs: ReadonlyMap<string, AcknowledgedSync>,
  timeoutMs: number,
): Promise<{ jobId: string; state: string }[]> {
  const { queue, close } = new QueueFactory(redis).queue(Queues.creatorSync);
  try {
    const states = async () =>
      Promise.all(
        [...syncs].map(async ([jobId, sync]) => {
          const job = await queue.getJob(jobId);
          return {
            jobId,
            state: isTheAcknowledgedJob(job, sync) ? await job.getState() : 'missing',
          };
        }),
      );
    const last = await waitFor(states, (all) => all.every(({ state }) => state === 'completed'), {
      timeoutMs,
      intervalMs: 250,
    });
    return last.filter(({ state }) => state !== 'completed');
  } finally {
    await close();
  }
}
