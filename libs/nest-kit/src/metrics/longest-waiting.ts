import type { Queue } from 'bullmq';

type RedisClient = Awaited<ReturnType<Queue['getBackend']>['client']>;

/** Prioritized jobs read per script call: each call holds Redis for about a millisecond. */
const CHUNK = 5000;
const COMMAND = 'tallyEarliestPrioritized';

// BullMQ scores a prioritized job `priority * 2^32 + counter`, and the counter
// grows with every job added: the smallest counter is the job queued earliest,
// whatever its priority. Only the winner of the chunk leaves Redis.
const EARLIEST_IN_CHUNK = `
local entries = redis.call('ZRANGE', KEYS[1], ARGV[1], ARGV[2], 'WITHSCORES')
local earliest, lowest = false, false
for i = 1, #entries, 2 do
  local counter = tonumber(entries[i + 1]) % 4294967296
  if not lowest or counter < lowest then
    earliest, lowest = entries[i], counter
  end
end
if not earliest then return false end
return { earliest, lowest }
`;

const defined = new WeakSet<RedisClient>();

/**
 * Since when (epoch ms) the job that has waited longest to run has waited, or
 * undefined when none waits. The candidates are the first in line of the
 * plain waiting list (its far end, O(1)) and of the prioritized set (the
 * earliest added, found by a scan in chunks that keeps the work in Redis and
 * off its other clients' way); each waits since it was queued or, when it
 * ran before (a retry, a job put off), since its last attempt started.
 * Delayed jobs do not count: they wait on purpose.
 */
export async function longestWaitingSince(
  queue: Queue,
  { chunkSize = CHUNK }: { chunkSize?: number } = {},
): Promise<number | undefined> {
  const client = await queue.getBackend().client;
  const [[waitedLongest], earliest] = await Promise.all([
    // BullMQ pushes on the left and takes from the right: the right end waited longest.
    client.lrange(queue.keys.wait, -1, -1),
    earliestPrioritized(client, queue.keys.prioritized, chunkSize),
  ]);
  const ids = [waitedLongest, earliest].filter((id): id is string => typeof id === 'string');
  const times = await Promise.all(
    ids.map((id) => client.hmget(queue.toKey(id), 'timestamp', 'processedOn')),
  );
  const since = times
    .map(([queuedAt, lastTriedAt]) => Math.max(Number(queuedAt) || 0, Number(lastTriedAt) || 0))
    .filter((at) => at > 0);
  return since.length > 0 ? Math.min(...since) : undefined;
}

async function earliestPrioritized(
  client: RedisClient,
  key: string,
  chunkSize: number,
): Promise<string | undefined> {
  if (!defined.has(client)) {
    client.defineCommand(COMMAND, { numberOfKeys: 1, lua: EARLIEST_IN_CHUNK, readOnly: true });
    defined.add(client);
  }
  const size = await client.zcard(key);
  let earliest: { id: string; counter: number } | undefined;
  for (let start = 0; start < size; start += chunkSize) {
    const found = (await client.runCommand(COMMAND, [key, start, start + chunkSize - 1])) as
      [string, number] | null;
    if (found && (!earliest || found[1] < earliest.counter)) {
      earliest = { id: found[0], counter: found[1] };
    }
  }
  return earliest?.id;
}
