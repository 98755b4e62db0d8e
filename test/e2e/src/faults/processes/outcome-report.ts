import { type Outcome, summarize } from './load-loop.js';

/** How the gateway says an internal service is away or late (never a bare 500). */
const UNAVAILABLE = [
  { status: 503, errorCode: 'service_unavailable' },
  { status: 504, errorCode: 'upstream_timeout' },
];

/** One line per scenario for the test's output: how many requests, how fast, what they got. */
export function report(scenario: string, outcomes: readonly Outcome[], extra = ''): void {
  const seconds = (last(outcomes).finishedAt - outcomes[0].startedAt) / 1000;
  const rate = Math.round(outcomes.length / seconds);
  console.log(
    `${scenario}: ${outcomes.length} requests in ${seconds.toFixed(1)} s (${rate}/s): ${summarize(outcomes)}${extra}`,
  );
}

/** When the 503/504 answers came, counted from the kill. */
export function unavailableTimes(outcomes: readonly Outcome[], killedAt: number): string {
  const unavailable = outcomes.filter((o) => o.status === 503 || o.status === 504);
  if (unavailable.length === 0) return '; no 503/504';
  const after = (at: number) => `${((at - killedAt) / 1000).toFixed(1)} s`;
  const longest = Math.max(...unavailable.map((o) => o.finishedAt - o.startedAt));
  return (
    `; ${unavailable.length} answered 503/504, started ${unavailable.map((o) => after(o.startedAt)).join(', ')} ` +
    `after the kill, the last answered ${after(Math.max(...unavailable.map((o) => o.finishedAt)))} after it ` +
    `(longest ${(longest / 1000).toFixed(1)} s)`
  );
}

/**
 * What a test does not accept: answers with neither an accepted status nor
 * the envelope's 503/504, and requests that got no answer at all.
 */
export function unexpectedOutcomes(outcomes: readonly Outcome[], accepted: number[]): Outcome[] {
  return outcomes.filter(
    (outcome) =>
      outcome.result !== 'answered' ||
      (!accepted.includes(outcome.status ?? 0) &&
        !UNAVAILABLE.some(
          ({ status, errorCode }) => outcome.status === status && outcome.errorCode === errorCode,
        )),
  );
}

function last<T>(items: readonly T[]): T {
  return items[items.length - 1];
}
