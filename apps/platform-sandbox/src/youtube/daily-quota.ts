import type { SandboxClock } from '../state/sandbox-clock.js';

const QUOTA_TIME_ZONE = 'America/Los_Angeles';
const pacificDate = new Intl.DateTimeFormat('en-CA', { timeZone: QUOTA_TIME_ZONE });
const HOUR_MS = 3_600_000;

/** The Pacific date of an instant, `YYYY-MM-DD`: the quota day it counts against. */
export function pacificDay(instantMs: number): string {
  return pacificDate.format(new Date(instantMs));
}

/** The next Pacific midnight after `instantMs` (Pacific offsets are whole hours). */
export function nextPacificMidnight(instantMs: number): number {
  const today = pacificDay(instantMs);
  let candidate = Math.floor(instantMs / HOUR_MS) * HOUR_MS;
  while (pacificDay(candidate) === today) candidate += HOUR_MS;
  return candidate;
}

export interface QuotaUse {
  day: string;
  used: number;
  limit: number;
  resetsAt: string;
}

/** A project's daily quota in units, spent call by call, renewed at midnight Pacific time. */
export class DailyQuota {
  private day = '';
  private used = 0;

  constructor(
    private readonly clock: SandboxClock,
    private readonly limit: () => number,
  ) {}

  /** Spends `units` if they remain today; false (nothing spent) once the quota is used up. */
  spend(units: number): boolean {
    this.rollOver();
    if (this.used + units > this.limit()) return false;
    this.used += units;
    return true;
  }

  use(): QuotaUse {
    this.rollOver();
    return {
      day: this.day,
      used: this.used,
      limit: this.limit(),
      resetsAt: new Date(nextPacificMidnight(this.clock.now())).toISOString(),
    };
  }

  clear(): void {
    this.day = '';
    this.used = 0;
  }

  private rollOver(): void {
    const today = pacificDay(this.clock.now());
    if (today !== this.day) {
      this.day = today;
      this.used = 0;
    }
  }
}
