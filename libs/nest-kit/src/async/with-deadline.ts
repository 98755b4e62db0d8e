/**
 * Settles as `promise` does, or rejects with `expired()` when it has not
 * settled within `ms`; the timer never outlives the race.
 */
export function withDeadline<T>(promise: Promise<T>, ms: number, expired: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(expired()), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
