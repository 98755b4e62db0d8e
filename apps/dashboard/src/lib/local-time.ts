/** Which clock to read a time on: the viewer's own (the default), or another for tests. */
export interface ClockOptions {
  now?: Date;
  timeZone?: string;
}

function dayKey(date: Date, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/**
 * A moment soon to come on the viewer's clock, with the zone so it cannot be
 * mistaken: "9:00 AM GMT+1 today", "tomorrow", or on a later date.
 */
export function formatUpcoming(at: Date, options: ClockOptions = {}): string {
  const now = options.now ?? new Date();
  const { timeZone } = options;
  const clock = new Intl.DateTimeFormat('en', {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(at);
  const day = dayKey(at, timeZone);
  if (day === dayKey(now, timeZone)) return `${clock} today`;
  if (day === dayKey(new Date(now.getTime() + 24 * 3600 * 1000), timeZone))
    return `${clock} tomorrow`;
  const date = new Intl.DateTimeFormat('en', { timeZone, month: 'short', day: 'numeric' }).format(
    at,
  );
  return `${clock} on ${date}`;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** A wait in words: "in 40 seconds", "in 12 minutes", "in about 7 hours". */
export function formatWait(seconds: number): string {
  if (seconds < 90) return `in ${plural(Math.max(1, Math.ceil(seconds)), 'second')}`;
  if (seconds < 90 * 60) return `in ${plural(Math.ceil(seconds / 60), 'minute')}`;
  return `in about ${plural(Math.round(seconds / 3600), 'hour')}`;
}
