import type { PendingRead } from './exchange-sink.js';

/**
 * The conformance problems of the running test, and the response bodies still
 * being read for it.
 */
export class ProblemCollector {
  private problems: string[] = [];
  private readonly pending = new Set<PendingRead>();

  add(problems: readonly string[]): void {
    this.problems.push(...problems);
  }

  track(read: PendingRead): void {
    this.pending.add(read);
    void read.done
      .catch((error: unknown) =>
        this.problems.push(`the conformance check failed: ${String(error)}`),
      )
      .finally(() => this.pending.delete(read));
  }

  /**
   * Waits up to `timeoutMs` for the bodies being read; those still streaming
   * then (a response the test never finished) are given up, unchecked.
   */
  async settle(timeoutMs: number): Promise<void> {
    if (this.pending.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([Promise.allSettled([...this.pending].map((read) => read.done)), timeout]);
    clearTimeout(timer);
    for (const read of this.pending) read.cancel();
    this.pending.clear();
  }

  /** The problems so far, which are then forgotten. */
  take(): string[] {
    const taken = this.problems;
    this.problems = [];
    return taken;
  }
}

/** The problems as one message, each distinct one once with how often it came. */
export function conformanceFailure(problems: readonly string[], documentName: string): string {
  const counts = new Map<string, number>();
  for (const problem of problems) counts.set(problem, (counts.get(problem) ?? 0) + 1);
  const lines = [...counts].map(([problem, count]) =>
    count === 1 ? `  - ${problem}` : `  - ${problem} (×${count})`,
  );
  const heading = `Responses that do not conform to ${documentName} (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):`;
  return [heading, ...lines].join('\n');
}
