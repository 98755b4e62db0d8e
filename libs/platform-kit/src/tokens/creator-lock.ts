/**
 * Runs `work` while nobody else works under the same key. Sync workers plug a
 * Redis or Postgres lock in here so that processes take turns, not just calls.
 */
export type CreatorLock = <T>(creatorId: string, work: () => Promise<T>) => Promise<T>;

/** A CreatorLock for one process (tests, a single worker): calls with the same key queue up. */
export function inProcessLock(): CreatorLock {
  const queues = new Map<string, Promise<unknown>>();
  return async <T>(creatorId: string, work: () => Promise<T>): Promise<T> => {
    const previous = queues.get(creatorId) ?? Promise.resolve();
    const current = previous.then(work);
    const settled = current.catch(() => undefined);
    queues.set(creatorId, settled);
    try {
      return await current;
    } finally {
      if (queues.get(creatorId) === settled) queues.delete(creatorId);
    }
  };
}
