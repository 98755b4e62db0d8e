// Timers stay real so that pg, jest's timeouts and promises behave as usual.
const EVERYTHING_BUT_DATE: Exclude<FakeableAPI, 'Date'>[] = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
];

/**
 * Sets the process's `Date` (and only it) `offsetMs` away from now, standing
 * still there. Identity reads expiry against `Date.now()` in code and against
 * `now()` in SQL; this moves the first, never the database's clock.
 */
export function travelInTime(offsetMs: number): void {
  jest.useFakeTimers({ doNotFake: EVERYTHING_BUT_DATE, now: Date.now() + offsetMs });
}

/** Back to the real clock; call it after every test that travelled. */
export function backToThePresent(): void {
  jest.useRealTimers();
}

export const MINUTE_MS = 60 * 1000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
