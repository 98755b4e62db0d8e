/** Polls until the check passes or the time is up; returns the last value. */
export async function waitFor<T>(
  check: () => Promise<T>,
  accept: (value: T) => boolean,
  { timeoutMs = 10000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T;
  for (;;) {
    try {
      last = await check();
      if (accept(last)) return last;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
    if (Date.now() >= deadline) return last!;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
