import type { SandboxClock } from '../state/sandbox-clock.js';

const HOUR_MS = 3_600_000;

export type BudgetDecision = { allowed: boolean; usedPercent: number };

/** At most `limitPerHour` calls per key over any sliding hour. */
export class HourlyCallBudget {
  private readonly calls = new Map<string, number[]>();

  constructor(
    private readonly clock: SandboxClock,
    private readonly limitPerHour: () => number,
  ) {}

  take(key: string): BudgetDecision {
    const now = this.clock.now();
    const limit = this.limitPerHour();
    const recent = (this.calls.get(key) ?? []).filter((time) => time > now - HOUR_MS);
    const allowed = recent.length < limit;
    if (allowed) recent.push(now);
    this.calls.set(key, recent);
    return { allowed, usedPercent: Math.min(100, Math.round((recent.length / limit) * 100)) };
  }

  clear(): void {
    this.calls.clear();
  }
}
