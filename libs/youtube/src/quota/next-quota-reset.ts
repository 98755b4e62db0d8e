import { YOUTUBE_QUOTA_TIME_ZONE } from './quota.js';

/**
 * The first midnight in `timeZone` strictly after `now`: when YouTube's daily
 * quota is whole again. Right across daylight-saving changes (a day of 23 or
 * 25 hours), because the offset is read for the midnight itself.
 */
export function nextQuotaReset(now: Date, timeZone = YOUTUBE_QUOTA_TIME_ZONE): Date {
  const today = wallClock(now, timeZone);
  // Date.UTC normalises day + 1 past the month's end.
  const tomorrowAsUtc = Date.UTC(today.year, today.month - 1, today.day + 1);
  return new Date(localMidnightToUtc(tomorrowAsUtc, timeZone));
}

/** Whole seconds from `now` to the next reset; at least 1. */
export function secondsUntilQuotaReset(now: Date, timeZone = YOUTUBE_QUOTA_TIME_ZONE): number {
  return Math.max(1, Math.ceil((nextQuotaReset(now, timeZone).getTime() - now.getTime()) / 1000));
}

/** `midnightAsUtcMs` is a wall-clock midnight written as if it were UTC. */
function localMidnightToUtc(midnightAsUtcMs: number, timeZone: string): number {
  // The offset at the wall-clock time is only a first guess: the instant it names may
  // lie on the other side of a change of offset, so the offset is read again there.
  const guess = midnightAsUtcMs - offsetMs(new Date(midnightAsUtcMs), timeZone);
  return midnightAsUtcMs - offsetMs(new Date(guess), timeZone);
}

/** Local time minus UTC at `instant`, in milliseconds (-8 h for PST). */
function offsetMs(instant: Date, timeZone: string): number {
  const local = wallClock(instant, timeZone);
  const localAsUtc = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second,
  );
  return localAsUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: Date, timeZone: string): WallClock {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(
    formatter.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}
